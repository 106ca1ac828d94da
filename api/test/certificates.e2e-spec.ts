import { verifyCredential } from '@digitalcredentials/verifier-core';
import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { answersFor } from './support/answers.js';
import { ob3SchemaErrors } from './support/ob3-schema.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { freePort } from './setup/free-port.js';

interface Step {
  id: string;
  valid?: boolean;
}
// verifier-core also tries to fetch the Open Badges JSON schema online; offline that is logged and non-fatal.
const quiet = () => {
  const { error, log } = console;
  const noise = /schema/i;
  console.error = (...args: unknown[]) => (noise.test(String(args[0])) ? undefined : error(...args));
  console.log = (...args: unknown[]) => (noise.test(String(args[0])) ? undefined : log(...args));
  return () => Object.assign(console, { error, log });
};
const standardVerifier = async (credential: object) =>
  (await verifyCredential({ credential: credential as never, knownDIDRegistries: [] })) as { errors?: unknown[]; log?: Step[] };
const step = (result: { log?: Step[] }, id: string) => result.log?.find((entry) => entry.id === id)?.valid;

describe('certificates: issued once, PDF, signed credential, public verification, revocation', () => {
  let testApp: TestApp;
  let restoreConsole: () => void;
  const http = () => request(testApp.http);
  let holder: Awaited<ReturnType<typeof signUp>>;
  let code: string;

  beforeAll(async () => {
    restoreConsole = quiet();
    const port = await freePort();
    // The standard verifier fetches the status list over HTTP from the app under test.
    testApp = await createTestApp({ CLEF_PUBLIC_URL: `http://127.0.0.1:${port}`, PORT: String(port) });
    await testApp.app.listen(port, '127.0.0.1');
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);

    holder = await signUp(testApp, { displayName: 'Élodie Œuvre-Ğğ', preferredLanguage: 'fr' });
    const cookie = holder.cookie;
    const enrolment = (await http().post('/api/modules/safeguarding-children/enrolments').set('Cookie', cookie).expect(201)).body;
    for (let position = 1; position <= enrolment.lessonCount; position++) {
      await http().put(`/api/enrolments/${enrolment.id}/lessons/${position}/read`).set('Cookie', cookie).expect(204);
    }
    const failed = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    await http().post(`/api/attempts/${failed.id}/submit`).set('Cookie', cookie).send({ submissionKey: `f-${failed.id}`, answers: await answersFor(testApp.dataSource, failed.id, 'wrong') }).expect(200);
    expect((await http().get('/api/me/certificates').set('Cookie', cookie)).body.items).toEqual([]);
    const passing = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    const answers = await answersFor(testApp.dataSource, passing.id, 'right');
    const submit = () => http().post(`/api/attempts/${passing.id}/submit`).set('Cookie', cookie).send({ submissionKey: `p-${passing.id}`, answers });
    const [first, second] = await Promise.all([submit(), submit()]);
    expect(first.body.result).toMatchObject({ passed: true, moduleCompleted: true });
    expect(second.body.result).toEqual(first.body.result);
  });
  afterAll(async () => {
    restoreConsole();
    await testApp.close();
  });

  it('issues exactly one certificate when the module is completed, with an expiry from the module', async () => {
    const { body } = await http().get('/api/me/certificates?lang=fr').set('Cookie', holder.cookie).expect(200);
    expect(body.items).toHaveLength(1);
    const [certificate] = body.items;
    code = certificate.code;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(certificate).toMatchObject({ moduleSlug: 'safeguarding-children', version: 1, status: 'valid' });
    const years = (new Date(certificate.expiresAt).getTime() - new Date(certificate.issuedAt).getTime()) / (365.25 * 24 * 3600 * 1000);
    expect(Math.round(years)).toBe(3);
    expect(certificate.verificationUrl).toMatch(new RegExp(`/verify/${code}$`));
  });

  it('verifies publicly by code, typed loosely, without a login', async () => {
    const loose = code.toLowerCase().replace(/-/g, ' ');
    const { body } = await http().get(`/api/certificates/verify/${encodeURIComponent(loose)}?lang=fr`).expect(200);
    expect(body).toMatchObject({ code, holderName: 'Élodie Œuvre-Ğğ', status: 'valid', signatureValid: true, version: 1, revokedAt: null });
    expect(body.moduleTitle).toBe('Protéger les enfants dans nos organisations');
    expect(body.competencies.map((c: { code: string }) => c.code)).toEqual(['C4']);
    expect(body.issuer.id).toMatch(/^did:key:z6Mk/);
    const unknown = await http().get('/api/certificates/verify/ZZZZ-ZZZZ-ZZZZ?lang=fr').expect(404);
    expect(unknown.body.message).toMatch(/^Aucun certificat ne porte le code/);
  });

  it('gives the holder a PDF in each language, and nobody else', async () => {
    for (const lang of ['fr', 'en']) {
      const response = await http().get(`/api/certificates/${code}/pdf?lang=${lang}`).set('Cookie', holder.cookie).buffer(true).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain(`-${lang}.pdf`);
      expect(Buffer.from(response.body).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const other = await signUp(testApp);
    await http().get(`/api/certificates/${code}/pdf`).set('Cookie', other.cookie).expect(404);
    await http().get(`/api/certificates/${code}/credential`).set('Cookie', other.cookie).expect(404);
    await http().get(`/api/certificates/${code}/pdf`).expect(401);
  });

  it('gives a signed Open Badges 3.0 credential that a standard verifier accepts, with no e-mail in clear', async () => {
    const { body: credential } = await http().get(`/api/certificates/${code}/credential`).set('Cookie', holder.cookie).expect(200);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.proof).toEqual([expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' })]);
    expect(ob3SchemaErrors(credential)).toEqual([]);
    expect(JSON.stringify(credential)).not.toContain(holder.email);
    expect(JSON.stringify(credential)).not.toContain(holder.email.split('@')[0]);
    const result = await standardVerifier(credential);
    expect(step(result, 'valid_signature')).toBe(true);
    expect(step(result, 'revocation_status')).toBe(true);

    const tampered = structuredClone(credential);
    tampered.credentialSubject.name = 'Elodie Oeuvre-Gg';
    const refused = await standardVerifier(tampered);
    expect(step(refused, 'valid_signature')).not.toBe(true);
    expect((refused.errors as { name?: string }[] | undefined)?.[0]?.name).toBe('invalid_signature');
    const ownCheck = await http().post('/api/certificates/verify').send({ credential: tampered }).expect(200);
    // Nothing a forged file says is given back as established: not the holder, not the achievement, not the issuer.
    expect(ownCheck.body).toMatchObject({
      signatureValid: false,
      issuedByThisPlatform: false,
      namesThisPlatform: true,
      issuer: null,
      holderName: null,
      achievementName: null,
      validFrom: null,
    });
    expect(JSON.stringify(ownCheck.body)).not.toContain('Elodie Oeuvre-Gg');
    const genuine = await http().post('/api/certificates/verify').send({ credential }).expect(200);
    expect(genuine.body).toMatchObject({ signatureValid: true, revoked: false, expired: false, issuedByThisPlatform: true, holderName: 'Élodie Œuvre-Ğğ' });
  });

  it('keeps verifying a credential stored before proofs became a set (one proof object), on every verifier', async () => {
    const unwrap = `UPDATE certificates SET credential = jsonb_set(credential, '{proof}', credential->'proof'->0) WHERE code = $1`;
    await testApp.dataSource.query(unwrap, [code]);
    try {
      const { body: stored } = await http().get(`/api/certificates/${code}/credential`).set('Cookie', holder.cookie).expect(200);
      expect(stored.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' });
      expect((await http().get(`/api/certificates/verify/${code}`).expect(200)).body).toMatchObject({ status: 'valid', signatureValid: true });
      const dropped = await http().post('/api/certificates/verify').send({ credential: stored }).expect(200);
      expect(dropped.body).toMatchObject({ signatureValid: true, revoked: false, issuedByThisPlatform: true });
      expect(step(await standardVerifier(stored), 'valid_signature')).toBe(true);
    } finally {
      const rewrap = `UPDATE certificates SET credential = jsonb_set(credential, '{proof}', jsonb_build_array(credential->'proof')) WHERE code = $1`;
      await testApp.dataSource.query(rewrap, [code]);
    }
  });

  it('lets only a platform admin revoke; then every verifier says revoked', async () => {
    await http().post(`/api/certificates/${code}/revoke`).set('Cookie', holder.cookie).send({ reason: 'Trying my luck' }).expect(403);
    const admin = await signUp(testApp);
    await testApp.dataSource.query(`UPDATE users SET platform_role = 'admin' WHERE id = $1`, [admin.id]);
    await http().post(`/api/certificates/${code}/revoke`).set('Cookie', admin.cookie).send({ reason: 'x' }).expect(400);
    await http().post(`/api/certificates/${code}/revoke`).set('Cookie', admin.cookie).send({ reason: 'Issued in error' }).expect(204);
    await http().post(`/api/certificates/${code}/revoke`).set('Cookie', admin.cookie).send({ reason: 'Issued in error' }).expect(409);

    const { body } = await http().get(`/api/certificates/verify/${code}`).expect(200);
    expect(body).toMatchObject({ status: 'revoked', revokedReason: null });
    await http().get(`/api/certificates/${code}/pdf`).set('Cookie', holder.cookie).expect(409);
    const mine = (await http().get('/api/me/certificates').set('Cookie', holder.cookie).expect(200)).body.items[0];
    expect(mine).toMatchObject({ status: 'revoked', revokedReason: 'Issued in error' });
    const forAdmin = await http().get(`/api/certificates/verify/${code}`).set('Cookie', admin.cookie).expect(200);
    expect(forAdmin.body.revokedReason).toBe('Issued in error');
    const { body: credential } = await http().get(`/api/certificates/${code}/credential`).set('Cookie', holder.cookie).expect(200);
    expect(step(await standardVerifier(credential), 'revocation_status')).toBe(false);
    const ownCheck = await http().post('/api/certificates/verify').send({ credential }).expect(200);
    expect(ownCheck.body).toMatchObject({ signatureValid: true, revoked: true });
  });

  it('says expired after the expiry date', async () => {
    await testApp.dataSource.query(`UPDATE certificates SET revoked_at = NULL, expires_at = now() - interval '1 day' WHERE code = $1`, [code]);
    const { body } = await http().get(`/api/certificates/verify/${code}`).expect(200);
    expect(body.status).toBe('expired');
  });

  it('renews an expired certificate by passing the current version again, keeping the old one as history', async () => {
    const cookie = holder.cookie;
    const before = (await http().get('/api/me/enrolments').set('Cookie', cookie).expect(200)).body.items;
    const renewal = (await http().post('/api/modules/safeguarding-children/enrolments').set('Cookie', cookie).expect(201)).body;
    expect(renewal.id).not.toBe(before[0].id);
    expect(renewal).toMatchObject({ version: 1, completedAt: null, lessonsRead: 0 });
    for (let position = 1; position <= renewal.lessonCount; position++) {
      await http().put(`/api/enrolments/${renewal.id}/lessons/${position}/read`).set('Cookie', cookie).expect(204);
    }
    const attempt = (await http().post(`/api/enrolments/${renewal.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    const answers = await answersFor(testApp.dataSource, attempt.id, 'right');
    await http().post(`/api/attempts/${attempt.id}/submit`).set('Cookie', cookie).send({ submissionKey: `r-${attempt.id}`, answers }).expect(200);
    const certificates = (await http().get('/api/me/certificates').set('Cookie', cookie).expect(200)).body.items;
    expect(certificates.map((c: { status: string }) => c.status).sort()).toEqual(['expired', 'valid']);
    expect((await http().get('/api/me/enrolments').set('Cookie', cookie).expect(200)).body.items).toHaveLength(1);
  });

  it('refuses a file that is not a credential with 400 or a clear verdict, never 500', async () => {
    await http().post('/api/certificates/verify').send({ credential: 'nope' }).expect(400);
    const { body } = await http().post('/api/certificates/verify').send({ credential: { hello: 'world' } }).expect(200);
    expect(body).toMatchObject({ signatureValid: false, issuedByThisPlatform: false, namesThisPlatform: false });
    expect(body.errors.length).toBeGreaterThan(0);
  });
});
