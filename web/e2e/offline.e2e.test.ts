import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answerInBrowser, type ShownQuestion } from './support/answer-in-browser';
import { launchBrowser, seriousAccessibilityViolations } from './support/browser';
import { controlledPage, learnerEnrolledIn, outboxOnDevice, query } from './support/offline';
import { asOrgAdmin, certifiedTrainerId } from './support/org-admin';
import { rightAnswers } from './support/right-answers';

const PHONE = { width: 360, height: 740 };
// A multiple choice is a set: the order ticked does not matter.
const asSet = (answer: unknown) => {
  const { optionIds } = answer as { optionIds?: string[] };
  return optionIds ? { optionIds: [...optionIds].sort() } : answer;
};
const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const serviceWorkerFile = join(__dirname, '..', 'dist', 'sw.js');

describe('offline: saved modules and the outbox, in Chromium with its network cut', () => {
  let browser: Browser;
  const baseURL = inject('baseUrl');
  const databaseUrl = inject('databaseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('saves a module with its attempt, answers offline, closes the tab, and every answer reaches the server exactly once (FR, 360 px)', async () => {
    const context = await browser.newContext({ baseURL, locale: 'fr-FR', viewport: PHONE });
    const setup = await context.newPage();
    const { userId, enrolmentId } = await learnerEnrolledIn(setup, 'hearing-the-child', 'fr');
    await setup.close();

    let page = await controlledPage(context, `/learning/${enrolmentId}`);
    await page.getByRole('heading', { level: 2, name: 'Utiliser hors ligne' }).waitFor();
    await page.getByLabel(/^Commencer aussi l’évaluation maintenant/).check();
    await page.getByRole('button', { name: 'Enregistrer pour hors ligne' }).click();
    await page.getByText(/^Enregistré sur cet appareil le .*\s:\sleçons en français et évaluation en cours\.$/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);

    await page.getByRole('button', { name: 'Reprendre ma tentative' }).click();
    await page.waitForURL(/\/attempts\//);
    const attemptId = page.url().split('/attempts/')[1];
    const shown = ((await (await page.request.get(`/api/attempts/${attemptId}?lang=fr`)).json()) as { questions: ShownQuestion[] }).questions;
    const right = await rightAnswers(databaseUrl, attemptId);
    const answer = (index: number) => answerInBrowser(page.getByRole('region', { name: `Question ${index + 1} sur ${shown.length}` }), shown[index], right.get(shown[index].id)!);

    await answer(0);
    await answer(1);
    await page.getByText('Toutes les réponses sont enregistrées.').waitFor();

    await context.setOffline(true);
    for (let index = 2; index < shown.length; index++) await answer(index);
    await page.getByText(/^Connexion perdue/).waitFor();
    // Every answer given offline is in the outbox (typed text joins it when the typing pauses).
    const offlineQuestions = shown.slice(2).map((q) => q.id);
    await expect.poll(async () => (await outboxOnDevice(page)).filter((e) => e.state === 'waiting').map((e) => e.questionId)).toEqual(expect.arrayContaining(offlineQuestions));
    await page.close();

    // Still offline: the tab comes back from the service worker's shell and the device's copy, answers included.
    page = await context.newPage();
    await page.goto(`/attempts/${attemptId}`);
    await page.getByRole('heading', { level: 1, name: 'Évaluation — tentative 1' }).waitFor();
    await page.getByText(/^Vous êtes hors ligne\./).waitFor();
    await page.getByText(/^Connexion perdue/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);

    await context.setOffline(false);
    await page.getByText('Toutes les réponses sont enregistrées.').waitFor();
    await expect.poll(async () => (await outboxOnDevice(page)).filter((e) => e.state === 'waiting').length).toBe(0);
    const operationsMade = Math.max(...(await outboxOnDevice(page)).map((e) => e.seq));

    const [saved] = await query<{ answers: Record<string, unknown>; status: string }>(databaseUrl, `SELECT answers, status FROM attempts WHERE id = $1`, [attemptId]);
    expect(saved.status).toBe('in_progress');
    expect(Object.fromEntries(Object.entries(saved.answers).map(([id, a]) => [id, asSet(a)]))).toEqual(Object.fromEntries(shown.map((q) => [q.id, asSet(right.get(q.id))])));
    const [{ applied }] = await query<{ applied: number }>(databaseUrl, `SELECT count(*)::int AS applied FROM applied_operations WHERE user_id = $1 AND kind = 'answer'`, [userId]);
    expect(applied).toBe(operationsMade);
    await context.close();
  });

  it('opens a saved module with no network, keeps a lesson read through a session ended elsewhere and a service-worker update, then sends it once (EN, 360 px)', async () => {
    const context = await browser.newContext({ baseURL, locale: 'en-GB', viewport: PHONE });
    const setup = await context.newPage();
    const { userId, enrolmentId, email, password } = await learnerEnrolledIn(setup, 'hearing-the-child', 'en');
    await setup.close();

    const page = await controlledPage(context, `/learning/${enrolmentId}`);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await page.getByText(/^Saved on this device on .* \(\d+(\.\d)? kB\): lessons in English\.$/).waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(/^You are offline\./).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);

    await page.locator('.lesson-list a').first().click();
    await page.locator('.read-status').scrollIntoViewIfNeeded();
    await page.getByText('✓ Lesson read').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.getByRole('link', { name: title }).click();
    await page.getByText(`Lesson 1 read — ${title} (waiting)`).waitFor();
    await page.getByText('1 item waiting to be sent.', { exact: false }).waitFor();

    // On another device the learner changes their password: this device's session ends.
    const other = await browser.newContext({ baseURL });
    await other.request.post('/api/auth/login', { data: { email, password } });
    expect((await other.request.put('/api/me/password', { data: { currentPassword: password, newPassword: 'another sturdy passphrase' } })).status()).toBe(204);
    await other.close();

    await context.setOffline(false);
    await page.getByRole('alert').filter({ hasText: /^Your session has ended/ }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);

    // A new version of the app is deployed while the read waits in the outbox.
    const original = readFileSync(serviceWorkerFile, 'utf8');
    try {
      writeFileSync(serviceWorkerFile, `${original}\n// a new deployment\n`);
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
            void navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
          }),
      );
    } finally {
      writeFileSync(serviceWorkerFile, original);
    }
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByText('1 item done on this device is waiting to be sent: it will be sent once its owner signs in.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);
    expect((await outboxOnDevice(page)).map((e) => `${e.kind}:${e.state}`)).toEqual(['lesson_read:waiting']);
    const [{ reads: before }] = await query<{ reads: number }>(databaseUrl, `SELECT count(*)::int AS reads FROM lesson_reads WHERE enrolment_id = $1`, [enrolmentId]);
    expect(before).toBe(0);

    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('another sturdy passphrase');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(`Lesson 1 read — ${title} (sent)`).waitFor();
    const [{ reads }] = await query<{ reads: number }>(databaseUrl, `SELECT count(*)::int AS reads FROM lesson_reads WHERE enrolment_id = $1`, [enrolmentId]);
    const [{ applied }] = await query<{ applied: number }>(databaseUrl, `SELECT count(*)::int AS applied FROM applied_operations WHERE user_id = $1`, [userId]);
    expect({ reads, applied }).toEqual({ reads: 1, applied: 1 });
    await context.close();
  });

  it("works the same in the children's track, in a child's words: keep the module and its quiz, answer with no internet (FR, 360 px)", async () => {
    const admin = await asOrgAdmin(browser, baseURL);
    const cohorts = `/api/organisations/${admin.organisationId}/cohorts`;
    const group = (await (await admin.request.post(cohorts, { data: { name: 'CM1 — hors ligne', audience: 'child', moduleSlugs: ['my-rights'], trainerIds: [await certifiedTrainerId(admin)] } })).json()) as { id: string };
    const { code } = (await (await admin.request.post(`${cohorts}/${group.id}/class-code`)).json()) as { code: string };
    const context = await browser.newContext({ baseURL, locale: 'fr-FR', viewport: PHONE });
    const joined = await context.request.post('/api/children/join', { data: { classCode: code, displayName: 'Nour', secretKind: 'pin', secret: '4821', language: 'fr' } });
    const { me } = (await joined.json()) as { me: { id: string } };
    expect((await admin.request.put(`/api/organisations/${admin.organisationId}/children/${me.id}/consent`)).status()).toBe(200);
    await admin.context.close();
    const [enrolment] = ((await (await context.request.get('/api/me/enrolments')).json()) as { items: { id: string }[] }).items;

    const page = await controlledPage(context, `/learning/${enrolment.id}`);
    await page.getByRole('heading', { level: 2, name: 'Sans Internet' }).waitFor();
    await page.getByLabel('Commencer aussi le quiz maintenant, pour y répondre sans Internet').check();
    await page.getByRole('button', { name: 'Garder sur cet appareil' }).click();
    await page.getByText(/^Gardé sur cet appareil le /).waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mes droits' }).waitFor();
    await page.getByText(/^Pas d’Internet pour l’instant\./).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);

    // The lessons first, read with no internet, as the path asks; then the quiz kept on the device.
    await page.getByRole('link', { name: /^Lire :/ }).click();
    for (let lesson = 1; lesson <= 4; lesson++) {
      await page.getByText(`Leçon ${lesson} sur 4`).waitFor();
      await page.locator('.read-status').scrollIntoViewIfNeeded();
      await page.getByText('★ Leçon lue. Super !').waitFor();
      await page.getByRole('navigation', { name: 'Leçons' }).getByRole('link').last().click();
    }
    await page.getByRole('link', { name: 'Reprendre mon quiz' }).click();
    await page.waitForURL(/\/attempts\//);
    const attemptId = page.url().split('/attempts/')[1];
    const [{ draw }] = await query<{ draw: { questionId: string }[] }>(databaseUrl, `SELECT draw FROM attempts WHERE id = $1`, [attemptId]);
    const right = await rightAnswers(databaseUrl, attemptId);
    const shown = ((await (await context.request.get(`/api/attempts/${attemptId}?lang=fr`)).json()) as { questions: ShownQuestion[] }).questions;
    const first = shown[0];
    await answerInBrowser(page.getByRole('region', { name: `Question 1 sur ${draw.length}` }), first, right.get(first.id)!);
    await page.getByText('Pas d’Internet : ta réponse est gardée sur cet appareil pour l’instant.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await noHorizontalScroll(page)).toBe(true);

    await context.setOffline(false);
    await page.locator('.child-encouragement', { hasText: '🌟' }).waitFor();
    const [{ answers }] = await query<{ answers: Record<string, unknown> }>(databaseUrl, `SELECT answers FROM attempts WHERE id = $1`, [attemptId]);
    expect(Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, asSet(a)]))).toEqual({ [first.id]: asSet(right.get(first.id)) });
    await expect.poll(async () => (await query<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM lesson_reads WHERE enrolment_id = $1`, [enrolment.id]))[0].n).toBe(4);
    await context.close();
  });
});
