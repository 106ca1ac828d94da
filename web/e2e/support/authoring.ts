import type { Page } from 'playwright-core';

/** The control of a draft field, by its API path (`lessons.0.title.fr`), as the editor names them (field-ids.ts). */
export const draftField = (page: Page, path: string) => page.locator(`#draft-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`);

/** Logs in with a demo account; the demo people read Clef in French (their preferred language), the login page is in English. */
export async function logInAsDemo(page: Page, role: 'trainer' | 'trainee') {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(`${role}@demo.clef.test`);
  await page.getByLabel('Password', { exact: true }).fill(`demo-${role}-2026`);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/learning/);
}

export const logInAsTrainer = (page: Page) => logInAsDemo(page, 'trainer');

/** Creates a module from the authoring page's « Nouveau module » form and waits for its editor. */
export async function createModule(page: Page, slug: string, title: { fr: string; en: string }) {
  await page.goto('/authoring');
  await page.locator('#new-module-slug').fill(slug);
  await page.getByLabel('Titre en français').fill(title.fr);
  await page.getByLabel('Titre en anglais').fill(title.en);
  await page.getByRole('button', { name: 'Créer le module' }).click();
  await page.waitForURL(new RegExp(`/authoring/${slug}$`));
}
