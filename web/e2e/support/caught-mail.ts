import type { Page } from 'playwright-core';

/**
 * Opens, as a person reading their mail would, the link of the newest caught message to `email` that leads to
 * `page` (the development page at /dev/mail lists what the app's in-process SMTP server caught). The link names
 * the configured public address; the path is opened on the address under test.
 */
export async function openMailedLink(page: Page, email: string, target: '/verify-email/' | '/reset-password/'): Promise<void> {
  const link = page.locator('li.card', { hasText: email }).locator(`a[href*="${target}"]`).first();
  await page.goto('/dev/mail');
  // Account mail leaves just after the answer: reload until it has arrived.
  while ((await link.count()) === 0) {
    await page.getByRole('button', { name: /^(Reload|Actualiser)$/ }).click();
    await page.waitForLoadState('networkidle');
  }
  await page.goto(new URL((await link.getAttribute('href'))!).pathname);
}
