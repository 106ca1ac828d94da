import request from 'supertest';
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ACCOUNT_AND_ADDRESS, FAILURES_PER_DEVICE } from '../src/auth/login-throttle.service.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The `clef_device=…` part of a log-in's Set-Cookie headers. */
function deviceCookie(setCookie: string | string[] | undefined): string {
  const header = (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).find((c) => c.startsWith('clef_device='));
  if (!header) throw new Error('no device cookie was set');
  expect(header).toMatch(/HttpOnly; SameSite=Strict/);
  return header.split(';')[0];
}

describe('log-in throttling does not let a stranger lock the owner out', () => {
  let testApp: TestApp;
  const login = (from: string, { email, password }: { email: string; password: string }, cookie?: string) => {
    const call = request(testApp.http).post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });
    return cookie ? call.set('Cookie', cookie) : call;
  };

  beforeAll(async () => {
    testApp = await createTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => testApp.close());

  it('keeps an attacker at one address limited while the owner logs in from another', async () => {
    const owner = await signUp(testApp);
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) statuses.push((await login('203.0.113.7', { email: owner.email, password: `guess ${i} guess` })).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - FAILURES_PER_ACCOUNT_AND_ADDRESS);
    // Even the right password stays refused at the attacker's address.
    await login('203.0.113.7', owner).expect(429);
    await login('198.51.100.20', owner).expect(200);
  });

  it('lets a browser that logged in before through a spread-out attack that spent the account-wide limit', async () => {
    const owner = await signUp(testApp);
    const trusted = deviceCookie((await login('198.51.100.30', owner).expect(200)).headers['set-cookie']);
    for (let address = 0; address * FAILURES_PER_ACCOUNT_AND_ADDRESS < FAILURES_PER_ACCOUNT; address++) {
      for (let i = 0; i < FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) await login(`192.0.2.${address}`, { email: owner.email, password: 'wrong wrong' }).expect(401);
    }
    await login('198.51.100.31', owner).expect(429);
    await login('198.51.100.31', owner, trusted).expect(200);
    // A forged or foreign device cookie counts as no device.
    await login('198.51.100.31', owner, trusted.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))).expect(429);
  });

  it('limits guesses from a trusted device on their own, and forgets devices when the password changes', async () => {
    const owner = await signUp(testApp);
    const trusted = deviceCookie((await login('198.51.100.40', owner).expect(200)).headers['set-cookie']);
    for (let i = 0; i < FAILURES_PER_DEVICE; i++) await login('198.51.100.41', { email: owner.email, password: 'wrong wrong' }, trusted).expect(401);
    await login('198.51.100.41', owner, trusted).expect(429);
    await login('198.51.100.42', owner).expect(200);

    const other = await signUp(testApp);
    const device = deviceCookie((await login('198.51.100.43', other).expect(200)).headers['set-cookie']);
    await request(testApp.http).put('/api/me/password').set('Cookie', other.cookie).send({ currentPassword: other.password, newPassword: 'a brand new secret' }).expect(204);
    for (let i = 0; i < FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) await login('198.51.100.44', { email: other.email, password: 'wrong wrong' }, device).expect(401);
    await login('198.51.100.44', { email: other.email, password: 'a brand new secret' }, device).expect(429);
  });
});

describe('without TRUST_PROXY', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('ignores X-Forwarded-For, so an attacker cannot dodge the limit by inventing addresses', async () => {
    const owner = await signUp(testApp);
    for (let i = 0; i < FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      await request(testApp.http).post('/api/auth/login').set('X-Forwarded-For', `192.0.2.${i}`).send({ email: owner.email, password: 'wrong wrong' }).expect(401);
    }
    await request(testApp.http).post('/api/auth/login').set('X-Forwarded-For', '192.0.2.99').send({ email: owner.email, password: 'wrong wrong' }).expect(429);
  });
});
