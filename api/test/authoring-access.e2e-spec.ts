import { METHOD_METADATA } from '@nestjs/common/constants.js';
import request from 'supertest';
import sharp from 'sharp';
import { AuthoringController } from '../src/authoring/authoring.controller.js';
import { LessonImagesController } from '../src/authoring/images/lesson-images.controller.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { completeDefinition, createModuleWithDraft } from './support/authoring.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const EXTRA_CONTROLLERS: (new (...args: never[]) => object)[] = [LessonImagesController];
const PNG = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'white' } }).png().toBuffer();

type Call = (http: request.Agent | ReturnType<typeof request>, slug: string, revision: number) => request.Test;

/** Every authoring route, called as the editor would; `scope` says whether it acts on one module. */
export const AUTHORING_ROUTES: { name: string; scope: 'module' | 'space'; call: Call }[] = [
  { name: 'GET /authoring/modules', scope: 'space', call: (h) => h.get('/api/authoring/modules') },
  { name: 'POST /authoring/modules', scope: 'space', call: (h, slug) => h.post('/api/authoring/modules').send({ slug: `${slug}-new`, audience: 'child', title: { fr: 'Nouveau', en: 'New' } }) },
  {
    name: 'POST /authoring/modules/import.zip',
    scope: 'space',
    call: (h, slug) => h.post(`/api/authoring/modules/import.zip?slug=${slug}-zip`).set('Content-Type', 'application/zip').send(Buffer.from('not a zip')),
  },
  { name: 'POST /authoring/lesson-preview', scope: 'space', call: (h) => h.post('/api/authoring/lesson-preview').send({ markdown: '*hi*' }) },
  { name: 'GET /authoring/modules/:slug', scope: 'module', call: (h, slug) => h.get(`/api/authoring/modules/${slug}`) },
  { name: 'GET …/draft', scope: 'module', call: (h, slug) => h.get(`/api/authoring/modules/${slug}/draft`) },
  { name: 'POST …/draft', scope: 'module', call: (h, slug) => h.post(`/api/authoring/modules/${slug}/draft`) },
  { name: 'PUT …/draft', scope: 'module', call: (h, slug, revision) => h.put(`/api/authoring/modules/${slug}/draft`).send({ revision, definition: completeDefinition() }) },
  { name: 'DELETE …/draft', scope: 'module', call: (h, slug, revision) => h.delete(`/api/authoring/modules/${slug}/draft?revision=${revision}`) },
  { name: 'GET …/draft/check', scope: 'module', call: (h, slug) => h.get(`/api/authoring/modules/${slug}/draft/check`) },
  { name: 'POST …/draft/publish', scope: 'module', call: (h, slug, revision) => h.post(`/api/authoring/modules/${slug}/draft/publish`).send({ revision }) },
  {
    name: 'POST …/draft/import/preview',
    scope: 'module',
    call: (h, slug) => h.post(`/api/authoring/modules/${slug}/draft/import/preview?format=gift&language=fr`).set('Content-Type', 'text/plain').send('Vrai ?{T}'),
  },
  {
    name: 'POST …/draft/import',
    scope: 'module',
    call: (h, slug, revision) => h.post(`/api/authoring/modules/${slug}/draft/import?format=gift&language=fr&revision=${revision}`).set('Content-Type', 'text/plain').send('Vrai ?{T}'),
  },
  {
    name: 'POST …/draft/import.zip',
    scope: 'module',
    call: (h, slug, revision) => h.post(`/api/authoring/modules/${slug}/draft/import.zip?revision=${revision}`).set('Content-Type', 'application/zip').send(Buffer.from('not a zip')),
  },
  { name: 'GET …/export.zip', scope: 'module', call: (h, slug) => h.get(`/api/authoring/modules/${slug}/export.zip`) },
  { name: 'GET …/versions/:a/diff/:b', scope: 'module', call: (h, slug) => h.get(`/api/authoring/modules/${slug}/versions/1/diff/draft`) },
  { name: 'POST …/archive', scope: 'module', call: (h, slug) => h.post(`/api/authoring/modules/${slug}/archive`) },
  { name: 'POST …/unarchive', scope: 'module', call: (h, slug) => h.post(`/api/authoring/modules/${slug}/unarchive`) },
  { name: 'POST …/images', scope: 'module', call: (h, slug) => h.post(`/api/authoring/modules/${slug}/images`).set('Content-Type', 'image/png').send(PNG) },
];

describe('authoring: who may call every route', () => {
  let testApp: TestApp;
  let orgs: Awaited<ReturnType<typeof twoOrganisations>>;
  let counter = 0;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    orgs = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  /** A module of organisation A, published once, with a draft at the returned revision. */
  async function moduleOfA() {
    const slug = `access-${++counter}`;
    const first = await createModuleWithDraft(testApp, orgs.a.trainer.cookie, orgs.a.id, slug);
    await request(testApp.http).post(`/api/authoring/modules/${slug}/draft/publish`).set('Cookie', orgs.a.trainer.cookie).send({ revision: first.revision }).expect(201);
    const draft = await request(testApp.http).post(`/api/authoring/modules/${slug}/draft`).set('Cookie', orgs.a.trainer.cookie).expect(201);
    return { slug, revision: draft.body.revision as number };
  }

  const as = (cookie: string): ReturnType<typeof request> => {
    const agent = request(testApp.http);
    return new Proxy(agent, { get: (target, method: string) => (path: string) => (target as any)[method](path).set('Cookie', cookie) }) as ReturnType<typeof request>;
  };

  it('covers every route of the authoring controllers (a new route must join this table)', () => {
    const handlers = [AuthoringController, ...EXTRA_CONTROLLERS].flatMap((controller) =>
      Object.getOwnPropertyNames(controller.prototype).filter((name) => Reflect.getMetadata(METHOD_METADATA, controller.prototype[name]) !== undefined),
    );
    expect(handlers.length).toBe(AUTHORING_ROUTES.length);
  });

  it('answers garbage with a clear 4xx, never 500', async () => {
    const { slug, revision } = await moduleOfA();
    const admin = orgs.admin.cookie;
    const garbage: unknown[] = [null, 42, 'text', [], {}, { revision: 'x' }, { revision: -1, definition: [] }, { revision, definition: { lessons: 'x', assessment: null } },
      { revision, definition: { ...completeDefinition(), assessment: { ...completeDefinition().assessment, questions: [{ type: 'matching', pairs: [null] }] } } },
      { slug: '../etc', audience: 'adult', title: 'x' }, { slug: 'ok-slug', audience: 'child' }, { markdown: 12 }];
    const calls: [string, string][] = [
      ['post', '/api/authoring/modules'],
      ['post', '/api/authoring/lesson-preview'],
      ['put', `/api/authoring/modules/${slug}/draft`],
      ['post', `/api/authoring/modules/${slug}/draft/publish`],
      ['put', `/api/authoring/modules/%E2%80%AE${'x'.repeat(300)}/draft`],
    ];
    for (const [method, path] of calls) {
      for (const body of garbage) {
        const response = await (request(testApp.http) as any)[method](path).set('Cookie', admin).set('Content-Type', 'application/json').send(JSON.stringify(body));
        expect({ path, body, status: response.status >= 400 && response.status < 500 ? '4xx' : response.status }).toEqual({ path, body, status: '4xx' });
      }
    }
    for (const query of ['format=&language=', 'format=gift&language=de', 'format=gift&language=fr&revision=abc', 'revision=1e99']) {
      for (const path of ['draft/import/preview', 'draft/import', 'draft/import.zip', 'versions/0/diff/-1', 'export.zip']) {
        const response = await request(testApp.http).post(`/api/authoring/modules/${slug}/${path}?${query}`).set('Cookie', admin).set('Content-Type', 'text/plain').send('{');
        expect({ path, query, status: response.status >= 400 && response.status < 500 ? '4xx' : response.status }).toEqual({ path, query, status: '4xx' });
      }
    }
  });

  describe.each(AUTHORING_ROUTES.map((route) => [route.name, route] as const))('%s', (_name, route) => {
    it('refuses anonymous callers (401), learners and trainees (403)', async () => {
      const { slug, revision } = await moduleOfA();
      await route.call(request(testApp.http), slug, revision).expect(401);
      for (const person of [orgs.outsider, orgs.a.trainee, orgs.b.trainee]) {
        const response = await route.call(as(person.cookie), slug, revision);
        expect({ who: person.displayName, status: response.status }).toEqual({ who: person.displayName, status: 403 });
      }
    });

    it('lets the trainer and org admin of the organisation, and a platform admin, through', async () => {
      for (const person of [orgs.a.trainer, orgs.a.orgAdmin, orgs.admin]) {
        const { slug, revision } = await moduleOfA();
        const response = await route.call(as(person.cookie), slug, revision);
        // Allowed: the answer is about the module's state (200, 201, 204, 409 …), never about who is asking.
        expect({ who: person.displayName, route: route.name, refused: [401, 403, 404].includes(response.status) || response.status >= 500, body: response.body }).toEqual(
          expect.objectContaining({ who: person.displayName, refused: false }),
        );
      }
    });

    if (route.scope === 'module') {
      it('hides the module from another organisation’s trainer and org admin (404)', async () => {
        const { slug, revision } = await moduleOfA();
        for (const person of [orgs.b.trainer, orgs.b.orgAdmin]) {
          const response = await route.call(as(person.cookie), slug, revision);
          expect({ who: person.displayName, status: response.status }).toEqual({ who: person.displayName, status: 404 });
        }
      });

      it('keeps bundled modules for platform admins (403 for trainers)', async () => {
        const response = await route.call(as(orgs.a.trainer.cookie), 'hearing-the-child', 1);
        expect(response.status).toBe(403);
      });
    }
  });
});
