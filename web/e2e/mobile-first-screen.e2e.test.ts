import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, PHONE, seriousAccessibilityViolations } from './support/browser';

const SCREENS = [
  { locale: 'fr-FR', catalogue: 'Voir les formations', login: 'Me connecter', signup: 'Créer mon compte', children: 'Espace enfants', loginTitle: 'Se connecter' },
  { locale: 'en-GB', catalogue: 'Browse the courses', login: 'Log in', signup: 'Create my account', children: "Children's space", loginTitle: 'Log in' },
];

/** The index of the lesson block at the top of the screen, and the page's scroll position. */
const placeInLesson = (page: Page) =>
  page.evaluate(() => {
    const blocks = [...document.querySelector('.lesson__body')!.children];
    return { index: blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0), scrollY: window.scrollY };
  });

/** A finger on the button where it is on screen (a locator's click would first scroll the page to the button). */
async function tap(page: Page, name: string) {
  const box = (await page.getByRole('button', { name }).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('a phone at 360 px', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each(SCREENS)('$locale: the first screen offers adults the catalogue, log-in and sign-up, apart from the children’s way in', async (screen) => {
    const page = await newPage(browser, baseUrl, { locale: screen.locale, viewport: PHONE });
    await page.goto('/');
    await page.locator('h1').waitFor();
    const main = page.getByRole('main');
    for (const name of [screen.catalogue, screen.login, screen.signup]) {
      const link = main.getByRole('link', { name, exact: true });
      expect(await link.isVisible()).toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      // The children's box holds none of the adults' links.
      expect(await page.getByRole('complementary', { name: screen.children }).getByRole('link', { name, exact: true }).count()).toBe(0);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await main.getByRole('link', { name: screen.login, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: screen.loginTitle }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel(/e-mail/i).first().isVisible()).toBe(true);
  });

  it('keeps the reader’s place in a lesson when the language changes, both ways', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: PHONE });
    await page.goto('/modules/hearing-the-child/lessons/1');
    await page.locator('.lesson__body h2').first().waitFor();
    await page.locator('.lesson__body > *').nth(8).evaluate((block) => block.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, 10));
    // The place is noted on the animation frame after scrolling.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const french = await placeInLesson(page);
    expect(french.index).toBeGreaterThanOrEqual(7);
    const frenchTitle = await page.locator('h1').textContent();

    await tap(page, 'Read Clef in English');
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent !== title, frenchTitle);
    expect(await page.locator('h1').textContent()).toBe('Why hearing children matters');
    const english = await placeInLesson(page);
    expect(english.index).toBe(french.index);
    expect(english.scrollY).toBeGreaterThan(PHONE.height);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await tap(page, 'Lire Clef en français');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === "Pourquoi entendre l'enfant");
    expect((await placeInLesson(page)).index).toBe(french.index);
  });
});
