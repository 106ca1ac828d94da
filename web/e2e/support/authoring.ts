import type { Page } from 'playwright-core';

/** The control of a draft field, by its API path (`lessons.0.title.fr`), as the editor names them (field-ids.ts). */
export const draftField = (page: Page, path: string) => page.locator(`#draft-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`);

/** Logs in as the demo trainer, who reads Clef in French (their preferred language); the login page is in English. */
export async function logInAsTrainer(page: Page) {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill('trainer@demo.clef.test');
  await page.getByLabel('Password', { exact: true }).fill('demo-trainer-2026');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/learning/);
}

/** Creates a module from the authoring page's « Nouveau module » form and waits for its editor. */
export async function createModule(page: Page, slug: string, title: { fr: string; en: string }) {
  await page.goto('/authoring');
  await page.locator('#new-module-slug').fill(slug);
  await page.getByLabel('Titre en français').fill(title.fr);
  await page.getByLabel('Titre en anglais').fill(title.en);
  await page.getByRole('button', { name: 'Créer le module' }).click();
  await page.waitForURL(new RegExp(`/authoring/${slug}$`));
}
