import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from './support/browser';
import { openMailedLink } from './support/caught-mail';
import { drawWholePool } from './support/draw-whole-pool';

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function signUp(page: Page, name: string) {
  await page.goto('/signup');
  await page.getByLabel('Nom', { exact: true }).fill(name);
  const email = `${name.toLowerCase().replace(/\W/g, '')}.${Date.now()}@exemple.org`;
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe solide');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  // Sign-up logs no one in: confirming the address from the mail does.
  await openMailedLink(page, email, '/verify-email/');
  await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe solide');
  await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
  await page.waitForURL(/\/(learning|modules)/);
}

describe('what new users met on a phone and a wide screen, in French', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('fits the log-in, sign-up and account pages, password field and Show button included, on a 360 px phone', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    for (const path of ['/login', '/signup']) {
      await page.goto(path);
      await page.getByRole('button', { name: 'Afficher' }).first().waitFor();
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
    }
    await signUp(page, 'Maëlle Brun');
    await page.goto('/account');
    await page.getByRole('button', { name: 'Afficher' }).first().waitFor();
    expect({ path: '/account', overflow: await horizontalOverflow(page) }).toEqual({ path: '/account', overflow: 0 });
  });

  it('keeps the logged-in header on one row at 1280 px, the language button beside the account links', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
    await signUp(page, 'Maëlle Brun-Kerhervé de la Villemarqué');
    await page.goto('/');
    const middle = async (name: string | RegExp, role: 'button' | 'link') => {
      const box = (await page.getByRole('banner').getByRole(role, { name }).boundingBox())!;
      return box.y + box.height / 2;
    };
    const language = await middle('Read Clef in English', 'button');
    for (const [name, role] of [[/^Clef/, 'link'], ['Accueil', 'link'], ['Mes certificats', 'link'], [/^Maëlle/, 'link']] as const) {
      expect({ name: String(name), offset: Math.round(Math.abs((await middle(name, role)) - language) / 8) }).toEqual({ name: String(name), offset: 0 });
    }
  });

  it('lines the home page cards up, the first at the height of the others', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    const cards = page.getByRole('region', { name: 'À qui s\'adresse Clef' }).getByRole('listitem');
    await cards.first().waitFor();
    const tops = await cards.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(1);
    expect(new Set(tops).size).toBe(1);
  });

  it('saves a matching choice stepped through with the arrow keys once, when it settles', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
    await signUp(page, 'Inès Clavier');
    await page.goto('/modules/hearing-the-child');
    await page.getByRole('button', { name: "M'inscrire à ce module" }).click();
    await page.getByRole('heading', { level: 1, name: /Entendre/ }).waitFor();
    const restoreDraw = await drawWholePool(databaseUrl, 'hearing-the-child');
    try {
      await page.getByRole('button', { name: "Commencer l'évaluation" }).click();
      await page.waitForURL(/\/attempts\//);
    } finally {
      await restoreDraw();
    }
    const saves: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/answers/')) saves.push(request.postData() ?? '');
    });
    const select = page.getByRole('combobox').first();
    await select.focus();
    for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowDown');
    const chosen = await select.evaluate((element) => (element as HTMLSelectElement).value);
    expect(chosen).not.toBe('');
    expect(saves).toEqual([]);
    // Leaving the list settles the choice: one save, with the last one.
    await page.keyboard.press('Tab');
    await page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes('/answers/'));
    expect(saves).toHaveLength(1);
    expect(saves[0]).toContain(chosen);
  });
});
