import request from 'supertest';
import { nextLinkToken } from './mailbox.js';
import type { TestApp } from './test-app.js';

let counter = 0;

/**
 * A fresh sign-up, confirmed as a person does it (the confirmation mail, caught by the app's in-process SMTP
 * server, then its link with the password), and its session cookie, for tests that need a logged-in learner.
 */
export async function signUp(testApp: TestApp, overrides: Partial<{ email: string; displayName: string; password: string; preferredLanguage: 'fr' | 'en' }> = {}) {
  counter += 1;
  const body = {
    displayName: `Learner ${counter}`,
    email: `learner${counter}.${Date.now()}@example.org`,
    password: 'correct horse battery',
    preferredLanguage: 'en' as const,
    ...overrides,
  };
  await request(testApp.http).post('/api/auth/signup').send(body).expect(202);
  const token = await nextLinkToken(testApp, body.email.trim(), 'verify-email');
  const response = await request(testApp.http).post('/api/auth/email/verify').send({ token, password: body.password }).expect(200);
  return { ...body, id: response.body.id as string, cookie: sessionCookie(response.headers['set-cookie']) };
}

/** The `name=value` part of the session cookie from a Set-Cookie header. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const header = (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).find((c) => c.startsWith('clef_session='));
  if (!header) throw new Error('no session cookie was set');
  return header.split(';')[0];
}
