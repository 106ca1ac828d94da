import request from 'supertest';
import { FAILURES_PER_ACCOUNT_AND_ADDRESS, FAILURES_PER_ADDRESS } from '../src/auth/login-throttle.service.js';
import { linkToken, nextMail } from './support/mailbox.js';
import { sessionCookie, signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('accounts and sessions', () => {
  let testApp: TestApp;
  const http = () => request(testApp.http);

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());
  // Every request here comes from 127.0.0.1: start each test with fresh counters.
  beforeEach(() => testApp.dataSource.query('DELETE FROM rate_limits'));

  it('signs up, stores an argon2id hash, never the password, and sets an HTTP-only SameSite session cookie once the address is confirmed', async () => {
    const password = 'un mot de passe sûr';
    await http()
      .post('/api/auth/signup')
      .send({ displayName: '  Élodie Œuvre ', email: ' Elodie.Oeuvre@Example.ORG ', password, preferredLanguage: 'fr' })
      .expect(202);
    const [row] = await testApp.dataSource.query(`SELECT display_name, password_hash, email_verified_at FROM users WHERE email = 'elodie.oeuvre@example.org'`);
    expect(row).toMatchObject({ display_name: 'Élodie Œuvre', email_verified_at: null });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);

    const token = linkToken(await nextMail(testApp, 'elodie.oeuvre@example.org'), 'verify-email');
    const response = await http().post('/api/auth/email/verify').send({ token, password }).expect(200);
    expect(response.body).toMatchObject({ displayName: 'Élodie Œuvre', email: 'elodie.oeuvre@example.org', preferredLanguage: 'fr', platformRole: null, memberships: [] });
    expect(response.body).not.toHaveProperty('passwordHash');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/clef_session=[\w-]{40,}/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const session = await http().get('/api/auth/session').set('Cookie', sessionCookie(response.headers['set-cookie'])).expect(200);
    expect(session.body.user.displayName).toBe('Élodie Œuvre');
  });

  it('never makes a second account for the same e-mail, and keeps the first one as it was', async () => {
    const { email, password } = await signUp(testApp);
    await http().post('/api/auth/signup').send({ displayName: 'Other', email: email.toUpperCase(), password: 'another password', preferredLanguage: 'en' }).expect(202);
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email]);
    expect(count).toBe(1);
    await http().post('/api/auth/login').send({ email, password }).expect(200);
    await http().post('/api/auth/login').send({ email, password: 'another password' }).expect(401);
  });

  it('refuses bad sign-up input field by field', async () => {
    const response = await http().post('/api/auth/signup').send({ displayName: '', email: 'not-an-email', password: 'short', preferredLanguage: 'de' }).expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['displayName', 'email', 'password', 'preferredLanguage']);
    const french = await http().post('/api/auth/signup?lang=fr').send({ displayName: '', email: 'x', password: 'short', preferredLanguage: 'fr' }).expect(400);
    const messages = french.body.details.map((d: { message: string }) => d.message);
    expect(messages).toEqual(expect.arrayContaining(['Nom : ce champ est obligatoire.', 'Adresse e-mail : saisissez une adresse e-mail valide.', 'Mot de passe : au moins 8 caractères.']));
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const { email } = await signUp(testApp);
    const wrong = await http().post('/api/auth/login').send({ email, password: 'wrong password' }).expect(401);
    const unknown = await http().post('/api/auth/login').send({ email: 'nobody@example.org', password: 'wrong password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('The e-mail address or the password is not correct.');
  });

  it('logs in, and log-out ends the session at once', async () => {
    const { email, password } = await signUp(testApp);
    const login = await http().post('/api/auth/login').send({ email, password }).expect(200);
    const cookie = sessionCookie(login.headers['set-cookie']);
    await http().patch('/api/me').set('Cookie', cookie).send({ displayName: 'Renamed' }).expect(200);
    await http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    await http().patch('/api/me').set('Cookie', cookie).send({ displayName: 'Again' }).expect(401);
    expect((await http().get('/api/auth/session').set('Cookie', cookie)).body).toEqual({ user: null });
  });

  it('limits failed log-ins per account from one address, even with the right password afterwards, with a clear message', async () => {
    const { email, password } = await signUp(testApp);
    for (let i = 0; i < FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      await http().post('/api/auth/login').send({ email, password: 'nope nope' }).expect(401);
    }
    const blocked = await http().post('/api/auth/login?lang=fr').send({ email, password }).expect(429);
    expect(blocked.body.message).toMatch(/^Trop de tentatives de connexion ont échoué\. Réessayez dans \d+ minutes\.$/);
  });

  it('holds the limit against parallel guesses', async () => {
    const { email } = await signUp(testApp);
    const statuses = await Promise.all(Array.from({ length: 20 }, () => http().post('/api/auth/login').send({ email, password: 'guess guess' }).then((r) => r.status)));
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20 - FAILURES_PER_ACCOUNT_AND_ADDRESS);
  });

  it('limits failed log-ins per address, across accounts, in the shared database', async () => {
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) {
      await http().post('/api/auth/login').send({ email: `someone${i}@example.org`, password: 'nope nope' }).expect(401);
    }
    const { email, password } = await signUp(testApp);
    await http().post('/api/auth/login').send({ email, password }).expect(429);
    const [row] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM rate_limits WHERE key LIKE 'login-address%'`);
    expect(row.n).toBeGreaterThan(0);
  });

  it('changes the password, ends the other sessions and keeps this one', async () => {
    const { email, password, cookie } = await signUp(testApp);
    const other = sessionCookie((await http().post('/api/auth/login').send({ email, password }).expect(200)).headers['set-cookie']);
    await http().put('/api/me/password').set('Cookie', cookie).send({ currentPassword: 'wrong', newPassword: 'a brand new secret' }).expect(400);
    await http().put('/api/me/password').set('Cookie', cookie).send({ currentPassword: password, newPassword: 'a brand new secret' }).expect(204);
    expect((await http().get('/api/auth/session').set('Cookie', other)).body.user).toBeNull();
    expect((await http().get('/api/auth/session').set('Cookie', cookie)).body.user.email).toBe(email);
    await http().post('/api/auth/login').send({ email, password }).expect(401);
    await http().post('/api/auth/login').send({ email, password: 'a brand new secret' }).expect(200);
  });

  it('updates the profile language and name', async () => {
    const { cookie } = await signUp(testApp);
    const response = await http().patch('/api/me').set('Cookie', cookie).send({ preferredLanguage: 'fr', displayName: 'Nouveau nom' }).expect(200);
    expect(response.body).toMatchObject({ preferredLanguage: 'fr', displayName: 'Nouveau nom' });
  });

  it('refuses state-changing requests sent by a browser from another site', async () => {
    const { cookie } = await signUp(testApp);
    const response = await http().patch('/api/me').set('Cookie', cookie).set('Origin', 'https://evil.example').send({ displayName: 'Hacked' }).expect(403);
    expect(response.body.message).toBe('This request comes from another site and was refused.');
    await http().patch('/api/me').set('Cookie', cookie).set('Origin', `http://${'127.0.0.1'}`).set('Host', '127.0.0.1').send({ displayName: 'Fine' }).expect(200);
  });
});
