import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';

describe('catalogue and lesson reader in a real browser', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  // The browser files share one server: the authoring test may have published a module of its own by now.
  const publishedModules = async (query = '') => ((await (await fetch(`${baseUrl}/api/modules${query}`)).json()) as { total: number }).total;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('opens the catalogue in French, reads a lesson, and switches to the same lesson in English', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR' });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Formations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Formations' }).waitFor();
    await page.locator('.results-count', { hasText: `${await publishedModules()} modules` }).waitFor();

    await page.getByRole('link', { name: "Entendre l'enfant" }).click();
    await page.getByRole('heading', { level: 1, name: "Entendre l'enfant" }).waitFor();
    await page.getByRole('link', { name: "Lire les leçons sans m'inscrire" }).click();
    await page.getByText('Leçon 1 sur 5').waitFor();
    await page.getByRole('link', { name: /^Suivante/ }).click();
    await page.getByText('Leçon 2 sur 5').waitFor();
    expect(page.url()).toBe(`${baseUrl}/modules/hearing-the-child/lessons/2`);
    const frenchTitle = await page.locator('h1').textContent();
    const frenchBody = await page.locator('.lesson__body').textContent();
    expect(frenchBody?.length).toBeGreaterThan(1000);

    await page.getByRole('button', { name: 'Read Clef in English' }).click();
    await page.getByText('Lesson 2 of 5').waitFor();
    expect(page.url()).toBe(`${baseUrl}/modules/hearing-the-child/lessons/2`);
    // The interface switches at once; the lesson itself arrives with the next response.
    await page.waitForFunction((title) => {
      const heading = document.querySelector('h1')?.textContent;
      return heading && heading !== title && document.querySelector('.lesson__body');
    }, frenchTitle);
    expect(await page.locator('.lesson__body').textContent()).not.toBe(frenchBody);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('filters by audience and searches, keeping the filters in the address', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 360, height: 740 } });
    await page.goto('/modules');
    await page.locator('.results-count', { hasText: `${await publishedModules()} modules` }).waitFor();
    await page.getByLabel('For').selectOption('child');
    await page.locator('.results-count', { hasText: `${await publishedModules('?audience=child')} modules` }).waitFor();
    expect(page.url()).toContain('audience=child');
    await page.getByLabel('Search').fill('safe');
    await page.getByRole('button', { name: 'Show' }).click();
    const found = await publishedModules('?audience=child&q=safe&lang=en');
    await page.locator('.results-count', { hasText: new RegExp(`^${found} modules?$`) }).waitFor();
    await page.getByRole('link', { name: 'Staying safe and asking for help' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows the competency framework with the modules that build each competency', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/competencies');
    await page.getByRole('heading', { level: 2, name: /C6/ }).waitFor();
    expect(await page.locator('.competency-list > li').count()).toBe(8);
    await page.locator('#C6').getByRole('link', { name: 'Child-friendly justice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Child-friendly justice' }).waitFor();
  });

  it('lists the certification programmes under the modules and opens one with its modules in order', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: { width: 360, height: 740 } });
    await page.goto('/modules');
    await page.getByRole('heading', { level: 2, name: 'Parcours de certification' }).waitFor();
    await page.getByRole('link', { name: "Fondamentaux d'une justice adaptée aux enfants" }).click();
    await page.getByRole('heading', { level: 1, name: "Fondamentaux d'une justice adaptée aux enfants" }).waitFor();
    const steps = await page.locator('.programme-modules > li > a').allTextContents();
    expect(steps).toEqual(["Les droits de l'enfant en pratique", "Entendre l'enfant", 'Une justice adaptée aux enfants']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('has no serious accessibility violation on the catalogue, a module and a lesson, in both languages', async () => {
    for (const locale of ['fr-FR', 'en-GB']) {
      const page = await newPage(browser, baseUrl, { locale, viewport: { width: 360, height: 740 } });
      for (const path of ['/modules', '/modules/my-rights', '/modules/my-rights/lessons/1', '/competencies', '/programmes/my-rights-journey']) {
        await page.goto(path);
        await page.locator('h1').waitFor();
        await page.waitForFunction(() => !document.querySelector('.load-state'));
        expect({ path, locale, violations: await seriousAccessibilityViolations(page) }).toEqual({ path, locale, violations: [] });
      }
    }
  });
});
