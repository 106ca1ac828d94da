import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answerAttemptRightly } from './support/answer-in-browser';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';
import { openMailedLink } from './support/caught-mail';

describe('a new learner, in French, from sign-up to a verified certificate', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('signs up, reads every lesson, passes the assessment, downloads the PDF and opens its verification page', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 360, height: 740 }, acceptDownloads: true });
    await page.goto('/modules/my-rights');
    await page.getByRole('link', { name: "Se connecter pour s'inscrire" }).click();
    await page.getByRole('link', { name: /Créer un compte/ }).first().click();
    await page.getByLabel('Nom', { exact: true }).fill('Noémie Lefèvre-Ğül');
    const email = `noemie.${Date.now()}@exemple.org`;
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    // Sign-up logs no one in: the address is confirmed through the mailed link, with the password.
    await page.getByRole('heading', { level: 2, name: 'Consultez votre messagerie' }).waitFor();
    await openMailedLink(page, email, '/verify-email/');
    await page.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
    await page.waitForURL(/\/(learning|modules)/);

    await page.goto('/modules/my-rights');
    await page.getByRole('button', { name: "M'inscrire à ce module" }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes droits' }).waitFor();
    await page.getByRole('link', { name: 'Commencer', exact: true }).click();

    for (let lesson = 1; lesson <= 4; lesson++) {
      await page.getByText(`Leçon ${lesson} sur 4`).waitFor();
      await page.locator('.read-status').scrollIntoViewIfNeeded();
      await page.getByText('✓ Leçon lue').waitFor();
      await page.getByRole('navigation', { name: 'Leçons de ce module' }).getByRole('link').last().click();
    }
    await page.getByText('4 leçons lues sur 4').waitFor();

    await page.getByRole('button', { name: "Commencer l'évaluation" }).click();
    await answerAttemptRightly(page, databaseUrl);
    await page.getByText('Toutes les réponses sont enregistrées.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.getByRole('heading', { name: /^Réussi : 100/ }).waitFor();
    await page.getByText('Module terminé : votre certificat est prêt.').waitFor();

    await page.getByRole('link', { name: 'Voir mes certificats' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes certificats' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF en français' }).click()]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/^clef-my-rights-.*-fr\.pdf$/);

    await page.getByRole('link', { name: 'Ouvrir la page de vérification' }).click();
    await page.getByRole('heading', { level: 2, name: 'Certificat valide' }).waitFor();
    await page.locator('dd', { hasText: 'Noémie Lefèvre-Ğül' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
