import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';

describe('an organisation admin runs a cohort, in French', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('uploads a spreadsheet, imports the valid rows, opens the dashboard and downloads its CSV', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 1024, height: 900 }, acceptDownloads: true });
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill('orgadmin@demo.clef.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill('demo-orgadmin-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/learning/);

    await page.getByRole('link', { name: 'Mes organisations' }).click();
    await page.getByRole('link', { name: /Centre de formation Clef/ }).click();
    await page.getByRole('heading', { name: 'Cohortes' }).waitFor();
    await page.getByRole('link', { name: /Promotion démo 2026/ }).click();
    await page.getByRole('heading', { level: 1, name: /Tableau de bord : Promotion démo 2026/ }).waitFor();

    const csv = '\uFEFFNom;Adresse e-mail;Secteur;Genre\r\nMariam Coulibaly;mariam.coulibaly@exemple.org;Justice;Femme\r\nPas une adresse;pas-une-adresse;Police;\r\nThéo Lambert;theo.lambert@exemple.org;astrologie;Homme\r\n';
    await page.getByLabel('Tableur enregistré au format CSV').setInputFiles({ name: 'stagiaires.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('heading', { name: 'Aperçu' }).waitFor();
    await page.getByText('Ligne 3 : ce n’est pas une adresse e-mail.').waitFor();
    // Other columns are ignored, and nothing tells whether an address has an account.
    expect(await page.getByText('Sera invitée').count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Importer les 2 lignes valides' }).click();
    await page.getByText('mariam.coulibaly@exemple.org').first().waitFor();
    await page.getByText(/invitation/i).first().waitFor();

    await page.getByRole('heading', { name: 'Progression des membres' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le CSV' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported.startsWith('\uFEFFNom;Adresse e-mail;')).toBe(true);
    expect(exported).toContain('Apprenant·e démo 01');
    expect(download.suggestedFilename()).toMatch(/-fr\.csv$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('lets the invited person create their account on a phone, then accept the invitation', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    await page.goto('/signup');
    await page.getByLabel('Nom', { exact: true }).fill('Mariam Coulibaly');
    await page.getByLabel('Adresse e-mail').fill('mariam.coulibaly@exemple.org');
    await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL(/\/learning/);
    await page.getByText(/Centre de formation Clef \(démo\) vous invite à la rejoindre comme stagiaire, dans la cohorte « Promotion démo 2026/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByText('Vous êtes désormais membre de Centre de formation Clef (démo).').waitFor();
    await page.getByRole('link', { name: /Entendre l.enfant/ }).waitFor();
  });
});
