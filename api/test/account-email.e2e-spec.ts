import request from 'supertest';
import { identityMatchesEmail } from '../src/certificates/credentials/index.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { completeModule } from './support/complete-module.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { lastMailId, linkToken, nextMail } from './support/mailbox.js';
import { sessionCookie, signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('accounts and e-mail: confirmation, password reset, reset links, taken addresses (real SMTP in process)', () => {
  let testApp: TestApp;
  const http = () => request(testApp.http);
  let counter = 0;
  const freshEmail = (name = 'person') => `${name}.${++counter}.${Date.now()}@example.org`;
  const signupBody = (email: string, overrides: Record<string, string> = {}) => ({ displayName: 'Awa Ndiaye', email, password: 'a good long secret', preferredLanguage: 'en', ...overrides });
  const isLoggedIn = async (cookie: string) => (await http().get('/api/auth/session').set('Cookie', cookie)).body.user !== null;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
  });
  afterAll(() => testApp.close());
  beforeEach(() => testApp.dataSource.query('DELETE FROM rate_limits'));

  it('signs up without logging in, mails a confirmation in the chosen language, and confirms with the link and the password, once', async () => {
    const email = freshEmail();
    const signup = await http().post('/api/auth/signup?lang=fr').send(signupBody(email.toUpperCase(), { preferredLanguage: 'fr' })).expect(202);
    expect(signup.headers['set-cookie']).toBeUndefined();
    expect(signup.body.message).toMatch(/^Consultez votre messagerie/);

    const mail = await nextMail(testApp, email, /Confirmez votre adresse e-mail/);
    expect(mail.text).toMatch(/^Bonjour Awa Ndiaye,/);
    const token = linkToken(mail, 'verify-email');
    const [stored] = await testApp.dataSource.query(`SELECT token_hash, expires_at > now() + interval '2 days' AS lasts FROM account_tokens WHERE email = $1`, [email]);
    expect(stored.token_hash).not.toContain(token);
    expect(stored.lasts).toBe(true);

    const wrong = await http().post('/api/auth/email/verify?lang=fr').send({ token, password: 'not the password' }).expect(400);
    expect(wrong.body.message).toBe('Ce mot de passe n’est pas celui du compte que ce lien confirme.');
    const verified = await http().post('/api/auth/email/verify').send({ token, password: 'a good long secret' }).expect(200);
    expect(verified.body).toMatchObject({ email, emailVerified: true });
    expect(await isLoggedIn(sessionCookie(verified.headers['set-cookie']))).toBe(true);
    const again = await http().post('/api/auth/email/verify').send({ token, password: 'a good long secret' }).expect(400);
    expect(again.body.message).toBe('This link is not valid: it was already used, or it has expired. Ask for a new one.');
  });

  it('names the confirmed e-mail (hashed) in a credential issued afterwards', async () => {
    const person = await signUp(testApp);
    await completeModule(testApp, person.cookie, 'safeguarding-children');
    const [{ code }] = (await http().get('/api/me/certificates').set('Cookie', person.cookie).expect(200)).body.items;
    const { body: credential } = await http().get(`/api/certificates/${code}/credential`).set('Cookie', person.cookie).expect(200);
    const [identity] = credential.credentialSubject.identifier;
    expect(identity.identityType).toBe('emailAddress');
    expect(identityMatchesEmail(identity, person.email)).toBe(true);
    expect(JSON.stringify(credential)).not.toContain(person.email);
  });

  it('gives an unconfirmed account a credential with no e-mail identity: a hashed account id instead, still signed and valid', async () => {
    const email = freshEmail('unconfirmed');
    await http().post('/api/auth/signup').send(signupBody(email)).expect(202);
    const login = await http().post('/api/auth/login').send({ email, password: 'a good long secret' }).expect(200);
    expect(login.body.emailVerified).toBe(false);
    const cookie = sessionCookie(login.headers['set-cookie']);
    await completeModule(testApp, cookie, 'safeguarding-children');
    const [{ code }] = (await http().get('/api/me/certificates').set('Cookie', cookie).expect(200)).body.items;
    const { body: credential } = await http().get(`/api/certificates/${code}/credential`).set('Cookie', cookie).expect(200);
    const identifiers = credential.credentialSubject.identifier;
    expect(identifiers).toHaveLength(1);
    expect(identifiers[0]).toMatchObject({ type: 'IdentityObject', identityType: 'systemId', hashed: true });
    expect(identityMatchesEmail(identifiers[0], email)).toBe(false);
    expect((await http().get(`/api/certificates/verify/${code}`).expect(200)).body).toMatchObject({ status: 'valid', signatureValid: true });
  });

  it('answers sign-up for a taken address exactly as for a new one, and mails the owner instead', async () => {
    const owner = await signUp(testApp, { preferredLanguage: 'fr' });
    const before = lastMailId(testApp);
    const taken = await http().post('/api/auth/signup').send(signupBody(owner.email.toUpperCase())).expect(202);
    const fresh = await http().post('/api/auth/signup').send(signupBody(freshEmail())).expect(202);
    expect(taken.body).toEqual(fresh.body);
    expect(Object.keys(taken.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
    expect(taken.headers['set-cookie']).toBeUndefined();

    const note = await nextMail(testApp, owner.email, /Quelqu’un a essayé de créer un compte Clef/, before);
    expect(note.links).toEqual(expect.arrayContaining([expect.stringMatching(/\/login$/), expect.stringMatching(/\/forgot-password$/)]));
    expect(await isLoggedIn(owner.cookie)).toBe(true);
    await http().post('/api/auth/login').send({ email: owner.email, password: owner.password }).expect(200);
  });

  it('resets a password by e-mail: same answer for unknown addresses, link single-use, every session ended', async () => {
    const person = await signUp(testApp);
    const otherDevice = sessionCookie((await http().post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200)).headers['set-cookie']);
    const before = lastMailId(testApp);
    const known = await http().post('/api/auth/password/forgot').send({ email: ` ${person.email.toUpperCase()} ` }).expect(202);
    const unknown = await http().post('/api/auth/password/forgot').send({ email: freshEmail('nobody') }).expect(202);
    expect(known.body).toEqual(unknown.body);
    expect(known.body.message).toMatch(/60 minutes/);

    const token = linkToken(await nextMail(testApp, person.email, /Choose a new Clef password/, before), 'reset-password');
    await http().post('/api/auth/password/reset').send({ token, password: 'short' }).expect(400);
    const reset = await http().post('/api/auth/password/reset').send({ token, password: 'my brand new secret' }).expect(200);
    expect(await isLoggedIn(sessionCookie(reset.headers['set-cookie']))).toBe(true);
    expect(await isLoggedIn(person.cookie)).toBe(false);
    expect(await isLoggedIn(otherDevice)).toBe(false);
    await http().post('/api/auth/password/reset').send({ token, password: 'yet another secret' }).expect(400);
    await http().post('/api/auth/login').send({ email: person.email, password: person.password }).expect(401);
    await http().post('/api/auth/login').send({ email: person.email, password: 'my brand new secret' }).expect(200);
  });

  it('refuses an expired reset link, in the asked language', async () => {
    const person = await signUp(testApp);
    const before = lastMailId(testApp);
    await http().post('/api/auth/password/forgot').send({ email: person.email }).expect(202);
    const token = linkToken(await nextMail(testApp, person.email, /password/, before), 'reset-password');
    await testApp.dataSource.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'reset_password'`, [person.id]);
    const refused = await http().post('/api/auth/password/reset?lang=fr').send({ token, password: 'my brand new secret' }).expect(400);
    expect(refused.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'Ce lien n’est pas valide\u00a0: il a déjà servi, ou il a expiré. Demandez-en un nouveau.' });
    await http().post('/api/auth/login').send({ email: person.email, password: person.password }).expect(200);
  });

  it('lets the owner of an address take an unconfirmed account someone else made with it: password replaced, sessions and links ended, memberships kept', async () => {
    const admin = await signUp(testApp);
    await testApp.dataSource.query(`UPDATE users SET platform_role = 'admin' WHERE id = $1`, [admin.id]);
    const organisationId = (await http().post('/api/organisations').set('Cookie', admin.cookie).send({ name: 'École Reprise', kind: 'school', country: 'sn' }).expect(201)).body.id;
    const email = freshEmail('owner');
    // Someone else signed up with this address and never confirmed it; an organisation counts the account as a member
    // (as accounts organisations created before invitations existed do), and its admin made a reset link for it.
    await http().post('/api/auth/signup').send(signupBody(email, { password: 'chosen by someone else' })).expect(202);
    const squatter = sessionCookie((await http().post('/api/auth/login').send({ email, password: 'chosen by someone else' }).expect(200)).headers['set-cookie']);
    const [{ id: userId }] = await testApp.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]);
    await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainee')`, [userId, organisationId]);
    const added = { member: { userId } };
    const adminLink = (await http().post(`/api/organisations/${organisationId}/members/${userId}/reset-link`).set('Cookie', admin.cookie).expect(200)).body.link;

    const before = lastMailId(testApp);
    await http().post('/api/auth/signup').send(signupBody(email, { password: 'typed at sign-up' })).expect(202);
    const claim = await nextMail(testApp, email, /A Clef account is waiting for your address/, before);
    const reset = await http().post('/api/auth/password/reset').send({ token: linkToken(claim, 'reset-password'), password: 'the owner’s own secret' }).expect(200);
    expect(reset.body).toMatchObject({ id: added.member.userId, email, emailVerified: true, memberships: [expect.objectContaining({ organisationId, role: 'trainee' })] });
    expect(await isLoggedIn(squatter)).toBe(false);
    await http().post('/api/auth/login').send({ email, password: 'chosen by someone else' }).expect(401);
    await http().post('/api/auth/login').send({ email, password: 'typed at sign-up' }).expect(401);
    await http().post('/api/auth/login').send({ email, password: 'the owner’s own secret' }).expect(200);
    await http().post('/api/auth/password/reset').send({ token: adminLink.split('/reset-password/')[1], password: 'someone else again' }).expect(400);
  });

  it('gives an org admin a single-use reset link for a member without e-mail access, and refuses the other cells', async () => {
    const { a, b } = await twoOrganisations(testApp);
    const email = freshEmail('no-mailbox');
    // A member whose address was never confirmed: an account an organisation created before invitations existed.
    await http().post('/api/auth/signup').send(signupBody(email)).expect(202);
    const [member] = await testApp.dataSource.query(`SELECT id AS "userId" FROM users WHERE email = $1`, [email]);
    await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainee')`, [member.userId, a.id]);
    const path = (organisationId: string, userId: string) => `/api/organisations/${organisationId}/members/${userId}/reset-link`;

    await http().post(path(a.id, member.userId)).set('Cookie', a.trainer.cookie).expect(403);
    await http().post(path(a.id, member.userId)).set('Cookie', b.orgAdmin.cookie).expect(404);
    await http().post(path(b.id, member.userId)).set('Cookie', b.orgAdmin.cookie).expect(404);
    const [child] = await testApp.dataSource.query(
      `INSERT INTO users (display_name, account_kind, username, preferred_language) VALUES ('Lina', 'child', $1, 'fr') RETURNING id`,
      [`lina-${counter}`],
    );
    await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainee')`, [child.id, a.id]);
    const forChild = await http().post(`${path(a.id, child.id)}?lang=fr`).set('Cookie', a.orgAdmin.cookie).expect(422);
    expect(forChild.body.message).toMatch(/^Les enfants n’ont pas de mot de passe/);
    const forAdmin = await http().post(path(a.id, a.orgAdmin.id)).set('Cookie', a.orgAdmin.cookie).expect(403);
    expect(forAdmin.body.message).toMatch(/^A reset link can be made only for a trainee or trainer/);
    // A confirmed member who has lost their mailbox gets a link too, and the address is told that one was made.
    const before = lastMailId(testApp);
    await http().post(path(a.id, a.trainee.id)).set('Cookie', a.orgAdmin.cookie).expect(200);
    const notice = await nextMail(testApp, a.trainee.email, /A link to choose a new Clef password was made for your account/, before);
    expect(notice.text).toContain('École A');
    expect(notice.links).toEqual([]);

    const { body } = await http().post(path(a.id, member.userId)).set('Cookie', a.orgAdmin.cookie).expect(200);
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    const token = body.link.split('/reset-password/')[1];
    const reset = await http().post('/api/auth/password/reset').send({ token, password: 'chosen by the member' }).expect(200);
    expect(reset.body).toMatchObject({ email, emailVerified: false });
    await http().post('/api/auth/password/reset').send({ token, password: 'chosen again' }).expect(400);
    await http().post('/api/auth/login').send({ email, password: 'chosen by the member' }).expect(200);
  });

  it('lets a logged-in person with an unconfirmed address ask for a new confirmation link', async () => {
    const email = freshEmail('later');
    await http().post('/api/auth/signup').send(signupBody(email)).expect(202);
    const cookie = sessionCookie((await http().post('/api/auth/login').send({ email, password: 'a good long secret' }).expect(200)).headers['set-cookie']);
    const first = await nextMail(testApp, email, /Confirm/);
    const resent = await http().post('/api/auth/email/verification').set('Cookie', cookie).expect(202);
    expect(resent.body.message).toMatch(/confirmation link/);
    const second = await nextMail(testApp, email, /Confirm/, first.id);
    await http().post('/api/auth/email/verify').send({ token: linkToken(second, 'verify-email'), password: 'a good long secret' }).expect(200);
  });

  it('caps account mail per address and still answers the same', async () => {
    const person = await signUp(testApp);
    const before = lastMailId(testApp);
    for (let i = 0; i < 8; i++) await http().post('/api/auth/password/forgot').send({ email: person.email }).expect(202);
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM account_tokens WHERE user_id = $1 AND purpose = 'reset_password'`,
      [person.id],
    );
    expect(count).toBe(4); // the sign-up's confirmation was the first of five this hour
    await nextMail(testApp, person.email, /password/, before);
  });
});
