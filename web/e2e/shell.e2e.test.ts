import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';

describe('app shell in a real browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('loads /, switches to French, and keeps French after a reload', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/');
    await expect(page.locator('h1').textContent()).resolves.toBe("Training that makes children's rights real");
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByRole('button', { name: 'Lire Clef en français' }).click();
    await page.getByRole('heading', { level: 1, name: "Une formation qui fait vivre les droits de l'enfant" }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Une formation/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
  });

  it('opens in French for a French-speaking browser on a first visit', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR' });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /Une formation/ }).waitFor();
  });

  it('serves client-side routes with the app, showing the not-found page', async () => {
    const page = await newPage(browser, baseUrl);
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });

  it('has no serious accessibility violation and no horizontal scroll on a 360 px phone', async () => {
    for (const locale of ['en-GB', 'fr-FR']) {
      const page = await newPage(browser, baseUrl, { locale, viewport: { width: 360, height: 740 } });
      await page.goto('/');
      await page.locator('h1').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  it('folds the header links behind a Menu button on a 360 px phone, leaving the first screen to the page', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'en-GB', viewport: { width: 360, height: 740 } });
    await page.goto('/');
    await page.locator('h1').waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Courses', exact: true }).isVisible()).toBe(false);
    // One row: the brand, the Menu button and the language switch.
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(100);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Courses', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    // A new page closes the menu.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });
});
