import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, PHONE, seriousAccessibilityViolations } from './support/browser';

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/learning/);
}

describe("an organisation's note under a lesson, and its country's helpline", () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the admin writes a note; the organisation’s learner reads it under the lesson with the Canadian helpline, to confirm', async () => {
    const admin = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 1024, height: 900 } });
    await logIn(admin, 'orgadmin@demo.clef.test', 'demo-orgadmin-2026');
    await admin.getByRole('link', { name: 'Mes organisations' }).click();
    await admin.getByRole('link', { name: /Centre de formation Clef/ }).click();
    const notes = admin.getByRole('region', { name: 'Notes sous les leçons' });
    await notes.getByText('Aucune note pour l’instant.').waitFor();
    await notes.getByRole('option', { name: /^Repérer la maltraitance/ }).waitFor({ state: 'attached' });
    await notes.getByLabel('Module').selectOption('recognising-abuse');
    await notes.getByLabel('Leçon', { exact: true }).selectOption('3');
    await notes.getByLabel('Note en français').fill('Notre référente : **Mme Gagnon**, poste 214.');
    await notes.getByRole('button', { name: 'Enregistrer la note' }).click();
    await notes.getByText('La note est enregistrée ; vos apprenants la voient sous la leçon.').waitFor();
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);

    const learner = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: PHONE });
    await logIn(learner, 'trainee@demo.clef.test', 'demo-trainee-2026');
    await learner.goto('/modules/recognising-abuse');
    await learner.getByRole('button', { name: "M'inscrire à ce module" }).click();
    await learner.waitForURL(/\/learning\/[0-9a-f-]{36}$/);
    await learner.goto(`${new URL(learner.url()).pathname}/lessons/3`);
    const note = learner.getByRole('complementary', { name: 'De la part de Centre de formation Clef (démo)' });
    await note.waitFor();
    expect(await note.locator('strong').textContent()).toBe('Mme Gagnon');
    expect(await learner.locator('.lesson__body').first().textContent()).toContain('Jeunesse, J’écoute\u00a0: 1-800-668-6868, ou par texto au 686868 (à confirmer auprès de votre organisation)');
    expect(await seriousAccessibilityViolations(learner)).toEqual([]);
  });
});
