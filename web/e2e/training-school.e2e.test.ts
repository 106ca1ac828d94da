import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';
import { openMailedLink } from './support/caught-mail';

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

    // The usual French layout, saved by French Excel in Windows-1252 (é is byte 0xE9, ’ is 0x92).
    const csv = 'Nom;Prénom;Courriel;Secteur;Genre\r\nCoulibaly;Mariam;mariam.coulibaly@exemple.org;Justice;Femme\r\nAdresse;Pas une;pas-une-adresse;Police;\r\nL’Œillet;Théo;theo.lambert@exemple.org;astrologie;Homme\r\n';
    const cp1252 = Buffer.from([...csv].map((c) => ({ é: 0xe9, '’': 0x92, Œ: 0x8c })[c] ?? c.charCodeAt(0)));
    await page.getByLabel('Tableur (Excel .xlsx ou CSV)').setInputFiles({ name: 'stagiaires.csv', mimeType: 'text/csv', buffer: cp1252 });
    await page.getByRole('heading', { name: 'Aperçu' }).waitFor();
    await page.getByText('Ligne 3 : ce n’est pas une adresse e-mail.').waitFor();
    await page.getByRole('cell', { name: 'Théo L’Œillet' }).waitFor();
    // Profile columns are named as not used, and nothing tells whether an address has an account.
    await page.getByText('Colonnes non utilisées : Secteur, Genre (chacun renseigne lui-même son profil).').waitFor();
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
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le rapport PDF' }).click()]);
    expect(readFileSync((await report.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(report.suggestedFilename()).toMatch(/-fr\.pdf$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('lets the invited person create their account on a phone, then accept the invitation', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    await page.goto('/signup');
    await page.getByLabel('Nom', { exact: true }).fill('Mariam Coulibaly');
    await page.getByLabel('Adresse e-mail').fill('mariam.coulibaly@exemple.org');
    await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    // Only a confirmed address may accept an invitation: the person confirms it from the mail first.
    await openMailedLink(page, 'mariam.coulibaly@exemple.org', '/verify-email/');
    await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await page.waitForURL(/\/learning/);
    await page.getByText(/Centre de formation Clef \(démo\) vous invite à la rejoindre comme stagiaire, dans la cohorte « Promotion démo 2026/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByText('Vous êtes désormais membre de Centre de formation Clef (démo).').waitFor();
    await page.getByRole('link', { name: /Entendre l.enfant/ }).waitFor();
  });

  it('shows the breakdowns as readable charts beside their tables on a 360 px phone', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 1024, height: 900 } });
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill('orgadmin@demo.clef.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill('demo-orgadmin-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/learning/);
    await page.getByRole('link', { name: 'Mes organisations' }).click();
    await page.getByRole('link', { name: /Centre de formation Clef/ }).click();
    await page.getByRole('link', { name: /Promotion démo 2026/ }).click();
    await page.getByRole('heading', { name: 'Répartition', exact: true }).waitFor();
    await page.setViewportSize({ width: 360, height: 740 });
    const bars = page.locator('.group-chart svg.group-chart__bar');
    expect(await bars.count()).toBeGreaterThan(0);
    const box = (await bars.first().boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.getByText(/\d+ membres · \d+ ont terminé · \d+ certifiés/).first().waitFor();
    await page.getByText(/^Estimations/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
