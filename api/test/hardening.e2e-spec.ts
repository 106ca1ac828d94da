import request from 'supertest';
import { MAX_JSON_DEPTH } from '../src/common/validation/safe-input.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ERROR_SHAPE = { statusCode: expect.any(Number), error: expect.any(String), message: expect.any(String) };
const DEEP = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);

describe('HTTP hardening', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  const http = () => request(testApp.http);
  const inject = (options: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: string }) =>
    testApp.app.getHttpAdapter().getInstance().inject(options);

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  describe('cross-site requests', () => {
    it('refuses a foreign Origin whatever the spelling of the path, and changes nothing', async () => {
      const victim = await signUp(testApp);
      for (const path of ['/api/me', '/%61pi/me', '/api/%6De', '/api//me']) {
        const response = await http().patch(path).set('Cookie', victim.cookie).set('Origin', 'https://evil.example').set('Accept-Language', 'fr').send({ displayName: 'Pwned' });
        expect([path, response.status, response.body.message]).toEqual([path, 403, 'Cette requête provient d’un autre site et a été refusée.']);
      }
      expect((await http().get('/api/auth/session').set('Cookie', victim.cookie)).body.user.displayName).toBe(victim.displayName);
      await http().patch('/api/me').set('Cookie', victim.cookie).set('Origin', `http://127.0.0.1`).send({ displayName: 'Mine' }).expect(403);
      await http().get('/%61pi/me/enrolments').set('Cookie', victim.cookie).set('Origin', 'https://evil.example').expect(200);
    });
  });

  describe('hostile input is a 400 in the documented shape, in the caller’s language', () => {
    it('refuses JSON nested deeper than the limit on every JSON route', async () => {
      for (const [path, cookie] of [['/api/auth/login', undefined], ['/api/me', world.a.trainee.cookie], ['/api/organisations', world.admin.cookie]] as const) {
        const call = path === '/api/me' ? http().patch(path) : http().post(path);
        const response = await (cookie ? call.set('Cookie', cookie) : call).set('Content-Type', 'application/json').query({ lang: 'fr' }).send(DEEP);
        expect([path, response.status, response.body]).toEqual([path, 400, { ...ERROR_SHAPE, message: `Le corps de la requête comporte trop de niveaux imbriqués (au plus ${MAX_JSON_DEPTH}).` }]);
      }
      const nested = { a: { b: { c: [[[{ d: 'fine' }]]] } } };
      const moderate = await http().post('/api/auth/login').send({ email: 'x@example.org', password: 'long enough', nested }).expect(400);
      expect(moderate.body.details).toEqual([expect.objectContaining({ field: 'nested', rule: 'unknownField' })]);
    });

    it('refuses NUL bytes and lone surrogates in path, query and body before they reach PostgreSQL', async () => {
      const refused = async (call: request.Test, field: string) => {
        const response = await call.set('Accept-Language', 'en');
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ ...ERROR_SHAPE, message: 'Some fields are not valid.', details: [{ field, rule: 'safeText', message: expect.stringContaining('not allowed') }] });
      };
      await refused(http().get('/api/modules/ab%00c'), 'slug');
      await refused(http().get('/api/modules?q=%00'), 'q');
      await refused(http().post('/api/auth/signup').send({ displayName: 'A', email: 'a\u0000@example.org', password: 'long enough', preferredLanguage: 'en' }), 'email');
      await refused(
        http().post('/api/auth/signup').set('Content-Type', 'application/json').send('{"displayName":"A","email":"a\\ud800@example.org","password":"long enough","preferredLanguage":"en"}'),
        'email',
      );
      await refused(http().post('/api/children/login').send({ username: 'lina\u0000', secret: '1234' }), 'username');
      await refused(http().post('/api/organisations').set('Cookie', world.admin.cookie).send({ name: 'École\uDC00', kind: 'ngo', country: 'sn' }), 'name');
      await refused(http().post('/api/authoring/lesson-preview').set('Cookie', world.a.trainer.cookie).send({ markdown: 'x\u0000' }), 'markdown');
      const cohort = (
        await http().post(`/api/organisations/${world.a.id}/cohorts`).set('Cookie', world.a.orgAdmin.cookie).send({ name: 'Promo', moduleSlugs: ['safeguarding-children'] }).expect(201)
      ).body.id;
      await refused(
        http().post(`/api/organisations/${world.a.id}/cohorts/${cohort}/roster/preview`).set('Cookie', world.a.orgAdmin.cookie).set('Content-Type', 'text/csv').send(Buffer.from('name;email\nA\u0000;a@example.org\n')),
        'file',
      );
    });

    it('answers Fastify’s own refusals in the documented shape and language, without echoing the URL', async () => {
      const cases = [
        { request: { method: 'GET', url: '/api/modules/%E0%A4%A?lang=fr' }, status: 400, message: 'L’adresse de la requête est mal encodée.' },
        { request: { method: 'GET', url: `/api/modules/${'x'.repeat(500)}`, headers: { 'accept-language': 'fr' } }, status: 414, message: 'Une partie de l’adresse de la requête est trop longue.' },
        { request: { method: 'POST', url: '/api/auth/login?lang=fr', headers: { 'content-type': 'application/weird' }, payload: 'x' }, status: 415, message: 'Ce type de contenu n’est pas pris en charge.' },
        { request: { method: 'POST', url: '/api/auth/login?lang=fr', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'x'.repeat(300_000) }) }, status: 413, message: 'Le corps de la requête est trop volumineux.' },
        { request: { method: 'POST', url: '/api/auth/login?lang=fr', headers: { 'content-type': 'application/json' }, payload: '{"email":' }, status: 400, message: 'Le corps de la requête n’est pas du JSON valide.' },
      ] as const;
      for (const { request: options, status, message } of cases) {
        const response = await inject(options as Parameters<typeof inject>[0]);
        expect([options.url.slice(0, 40), response.statusCode, response.json()]).toEqual([options.url.slice(0, 40), status, { statusCode: status, error: expect.any(String), message }]);
        expect(response.headers['content-language']).toBe('fr');
        expect(response.body).not.toContain('/api/modules');
      }
    });
  });

  describe('headers', () => {
    it('keeps personal answers out of caches, and leaves public content to its own caching', async () => {
      expect((await http().get('/api/me/enrolments').set('Cookie', world.a.trainee.cookie)).headers['cache-control']).toBe('no-store');
      expect((await http().get('/api/auth/session').set('Cookie', world.a.trainee.cookie)).headers['cache-control']).toBe('no-store');
      expect((await http().get(`/api/organisations/${world.a.id}/members`).set('Cookie', world.a.orgAdmin.cookie)).headers['cache-control']).toBe('no-store');
      const login = await http().post('/api/auth/login').send({ email: world.b.trainee.email, password: world.b.trainee.password }).expect(200);
      expect(login.headers['cache-control']).toBe('no-store');
      // Published content chooses its own caching (revalidated with an ETag), never no-store.
      expect((await http().get('/api/modules')).headers['cache-control']).toBe('public, no-cache');
      expect((await http().get('/api/health')).headers['cache-control']).toBeUndefined();
    });

    it('sends no HSTS over plain HTTP', async () => {
      expect((await http().get('/api/health')).headers['strict-transport-security']).toBeUndefined();
    });
  });
});

describe('HSTS behind HTTPS', () => {
  it('is sent when CLEF_PUBLIC_URL is https', async () => {
    const testApp = await createTestApp({ CLEF_PUBLIC_URL: 'https://clef.example.org' });
    try {
      expect((await request(testApp.http).get('/api/health')).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await testApp.close();
    }
  });
});
