import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { mailedVerifyToken } from './mailed-token';

/** Signs a new learner up through the page's own request context (its cookie) and enrols them; returns the enrolment id. */
export async function learnerEnrolledIn(page: Page, slug: string, language: 'fr' | 'en') {
  const email = `offline.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.org`;
  const signup = await page.request.post('/api/auth/signup', { data: { displayName: 'Awa Offline', email, password: 'a sturdy passphrase', preferredLanguage: language } });
  if (!signup.ok()) throw new Error(`sign-up failed: ${signup.status()}`);
  const user = await confirmAddress(page, email, 'a sturdy passphrase');
  const enrolment = (await (await page.request.post(`/api/modules/${slug}/enrolments`)).json()) as { id: string };
  return { userId: user.id, enrolmentId: enrolment.id, email, password: 'a sturdy passphrase' };
}

/** Confirms a new account's address as its owner does (the caught link, and the password); logs in. */
async function confirmAddress(page: Page, email: string, password: string): Promise<{ id: string }> {
  const token = await mailedVerifyToken(page.request, email);
  const verified = await page.request.post('/api/auth/email/verify', { data: { token, password } });
  if (!verified.ok()) throw new Error(`confirming the address failed: ${verified.status()}`);
  return (await verified.json()) as { id: string };
}

/** Opens a page and waits until the service worker controls it (the app shell is then precached). */
export async function controlledPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** The device's outbox as IndexedDB holds it. */
export function outboxOnDevice(page: Page): Promise<{ seq: number; state: string; kind: string; questionId?: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('clef-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => {
            const entries = request.result as { seq: number; state: string; op: { kind: string; questionId?: string } }[];
            resolve(entries.map((e) => ({ seq: e.seq, state: e.state, kind: e.op.kind, questionId: e.op.questionId })));
            open.result.close();
          };
        };
      }),
  );
}

export async function query<T>(databaseUrl: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
