import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, PHONE, seriousAccessibilityViolations } from './support/browser';
import { mailedVerifyToken } from './support/mailed-token';

describe('a published lesson rendered on the server', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each([
    { locale: 'fr-FR', title: "Pourquoi entendre l'enfant", paragraph: /^Chaque jour, policiers/ },
    { locale: 'en-GB', title: 'Why hearing children matters', paragraph: /^Every day, police officers/ },
  ])('$locale: the text is there with JavaScript disabled', async ({ locale, title, paragraph }) => {
    const page = await newPage(browser, baseUrl, { locale, viewport: PHONE, javaScriptEnabled: false });
    await page.goto('/modules/hearing-the-child/lessons/1');
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('.lesson__body p').first().textContent()).toMatch(paragraph);
    expect(await page.locator('.lesson__body p').first().isVisible()).toBe(true);
    // The heading is placed by the inlined CSS (the browser's default body margin would put it 8 px from the edge).
    expect((await page.locator('h1').boundingBox())!.x).toBeGreaterThanOrEqual(16);
  });

  it('is taken over by the app without the text ever leaving the screen, and without asking the API for it again', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: PHONE });
    const lessonRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/modules/hearing-the-child/lessons/')) lessonRequests.push(request.url());
    });
    await page.addInitScript(() => {
      const gaps: string[] = [];
      (window as unknown as { textGaps: string[] }).textGaps = gaps;
      let shown = false;
      new MutationObserver(() => {
        const text = document.querySelector('.lesson__body p');
        if (text) shown = true;
        else if (shown) gaps.push(document.body?.innerText.slice(0, 80) ?? '');
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/modules/hearing-the-child/lessons/1');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The app's own header (its Menu button) shows it took over.
    await page.getByRole('button', { name: 'Menu' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe("Pourquoi entendre l'enfant");
    expect(await page.evaluate(() => (window as unknown as { textGaps: string[] }).textGaps)).toEqual([]);
    expect(lessonRequests).toEqual([]);

    // The next lesson is fetched as usual.
    await page.getByRole('link', { name: /^Suivante/ }).click();
    await page.getByText('Leçon 2 sur 5').waitFor();
    expect(lessonRequests).toHaveLength(1);
  });

  it('shows a lesson read before from this device on the next visit, even with no network', async () => {
    const page = await newPage(browser, baseUrl, { locale: 'en-GB', viewport: PHONE });
    await page.goto('/modules/hearing-the-child/lessons/2');
    await page.getByRole('button', { name: 'Menu' }).waitFor();
    // The worker is installed once the page has loaded; the page keeps the lesson it opened then (see main.tsx), the worker later ones.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.getByRole('button', { name: 'Menu' }).waitFor();
    await page.waitForFunction(async () => (await (await caches.open('clef-lesson-pages')).keys()).some((r) => r.url.endsWith('/lessons/2')));

    await page.context().setOffline(true);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Communicating with children at different ages');
    expect(await page.locator('.lesson__body p').first().isVisible()).toBe(true);
    await page.context().setOffline(false);
  });

  it('an enrolled learner’s lesson page also carries its text, with JavaScript disabled', async () => {
    const email = `awa.${Date.now()}@example.org`;
    const json = { 'content-type': 'application/json' };
    await fetch(`${baseUrl}/api/auth/signup`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ displayName: 'Awa', email, password: 'correct horse battery', preferredLanguage: 'fr' }),
    });
    // Sign-up logs no one in: confirming the address from the mail does.
    const token = await mailedVerifyToken({ get: (path) => fetch(`${baseUrl}${path}`) }, email);
    const verified = await fetch(`${baseUrl}/api/auth/email/verify`, { method: 'POST', headers: json, body: JSON.stringify({ token, password: 'correct horse battery' }) });
    const session = verified.headers.getSetCookie().find((cookie) => cookie.startsWith('clef_session='))!.split(';')[0];
    const enrol = await fetch(`${baseUrl}/api/modules/hearing-the-child/enrolments`, { method: 'POST', headers: { cookie: session } });
    const { id } = (await enrol.json()) as { id: string };

    const page = await newPage(browser, baseUrl, { locale: 'fr-FR', viewport: PHONE, javaScriptEnabled: false });
    const [name, value] = session.split('=');
    await page.context().addCookies([{ name, value, url: baseUrl }]);
    await page.goto(`/learning/${id}/lessons/1`);
    expect(await page.locator('h1').textContent()).toBe("Pourquoi entendre l'enfant");
    expect(await page.locator('.lesson__body p').first().textContent()).toMatch(/^Chaque jour, policiers/);
  });
});
