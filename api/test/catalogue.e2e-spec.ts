import request from 'supertest';
import { ModulePublisher } from '../src/catalogue/module-publisher.service.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { readContent } from '../src/content/content-reader.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// 'items' is left out: paginated lists use it. Ordering items would come with 'questions' anyway.
const ANSWER_KEYS = ['correct', 'accepted', 'answer', 'spec', 'options', 'pairs', 'questions'];

/** Every key anywhere in a JSON value. */
const keysIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysIn)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, child]) => [key, ...keysIn(child)])
      : [];

describe('public catalogue', () => {
  let testApp: TestApp;
  const get = (path: string) => request(testApp.http).get(path);

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
  });
  afterAll(() => testApp.close());

  it('lists the competency framework with the modules that build each, in French', async () => {
    const { body } = await get('/api/competencies?lang=fr').expect(200);
    expect(body.items.map((c: { code: string }) => c.code)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    const c6 = body.items.find((c: { code: string }) => c.code === 'C6');
    expect(c6.title).toBe('Justice adaptée aux enfants');
    expect(c6.indicators.length).toBeGreaterThanOrEqual(3);
    expect(c6.modules).toContainEqual({ slug: 'child-friendly-justice', title: 'Une justice adaptée aux enfants', audience: 'professional' });
  });

  it('paginates the catalogue and tells the total', async () => {
    const { body } = await get('/api/modules?lang=en&pageSize=4&page=2').expect(200);
    expect(body).toMatchObject({ total: 14, page: 2, pageSize: 4 });
    expect(body.items).toHaveLength(4);
    const { body: last } = await get('/api/modules?lang=en&pageSize=4&page=3').expect(200);
    expect(last.items).toHaveLength(4);
  });

  it('filters by audience and by competency', async () => {
    const children = await get('/api/modules?audience=child&lang=en').expect(200);
    expect(children.body.items.map((m: { slug: string }) => m.slug).sort()).toEqual(['my-rights', 'my-voice-counts', 'staying-safe', 'teen-rights']);
    const safeguarding = await get('/api/modules?competency=C4&audience=professional').expect(200);
    expect(safeguarding.body.items.map((m: { slug: string }) => m.slug)).toContain('safeguarding-children');
    for (const module of safeguarding.body.items) {
      expect(module.competencies.map((c: { code: string }) => c.code)).toContain('C4');
      expect(module.audience).toBe('professional');
    }
  });

  it('searches title and summary in the asked language, ignoring case and accents', async () => {
    const french = await get('/api/modules?lang=fr&q=ENTENDRE').expect(200);
    expect(french.body.items.map((m: { slug: string }) => m.slug)).toContain('hearing-the-child');
    const accents = await get(`/api/modules?lang=fr&q=${encodeURIComponent('securite')}`).expect(200);
    expect(accents.body.items.map((m: { slug: string }) => m.slug)).toContain('staying-safe');
    const english = await get('/api/modules?lang=en&q=hearing child').expect(200);
    expect(english.body.items.map((m: { slug: string }) => m.slug)).toContain('hearing-the-child');
    // "entendre" is French: the English catalogue does not match it.
    const crossed = await get('/api/modules?lang=en&q=entendre').expect(200);
    expect(crossed.body).toMatchObject({ total: 0, items: [] });
  });

  it('shows a module: its current version, lessons and competencies', async () => {
    const { body } = await get('/api/modules/hearing-the-child?lang=en').expect(200);
    expect(body).toMatchObject({ slug: 'hearing-the-child', title: 'Hearing the child', audience: 'professional', version: 1 });
    expect(body.lessons.length).toBe(body.lessonCount);
    expect(body.lessons[0]).toEqual({ position: 1, title: expect.any(String) });
    expect(body.competencies.map((c: { code: string }) => c.code)).toEqual(['C2', 'C3']);
    expect(body.assessment).toEqual({ questionCount: 8, passMark: 70, attemptsAllowed: 3 });
  });

  it('serves a lesson as safe HTML with its neighbours, the same lesson in both languages', async () => {
    const fr = await get('/api/modules/my-rights/lessons/2?lang=fr').expect(200);
    const en = await get('/api/modules/my-rights/lessons/2').set('Accept-Language', 'en-GB').expect(200);
    expect(fr.body).toMatchObject({ position: 2, moduleSlug: 'my-rights', moduleTitle: 'Mes droits', previous: { position: 1 }, next: { position: 3 } });
    expect(en.body).toMatchObject({ position: 2, moduleTitle: 'My rights' });
    expect(fr.body.html).toMatch(/<h2>|<p>/);
    expect(fr.body.title).not.toBe(en.body.title);
    const first = await get('/api/modules/my-rights/lessons/1').expect(200);
    expect(first.body.previous).toBeNull();
  });

  it('lets no script through a lesson body', async () => {
    const [definition] = readContent(BUNDLED_CONTENT).bundle.modules.filter((m) => m.slug === 'my-rights');
    const hostile = {
      ...definition,
      slug: 'hostile-sample',
      lessons: definition.lessons.map((lesson, index) =>
        index === 0
          ? { ...lesson, body: { fr: '<script>alert(1)</script>\n\n[clic](javascript:alert(2))', en: '<img src=x onerror=alert(3)> **bold**' } }
          : lesson,
      ),
    };
    await testApp.dataSource.transaction((manager) => testApp.app.get(ModulePublisher).publish(hostile, 'content', manager));
    const fr = await get('/api/modules/hostile-sample/lessons/1?lang=fr').expect(200);
    expect(fr.body.html).not.toMatch(/<script|href="javascript:/i);
    expect(fr.body.html).toContain('&lt;script&gt;');
    const en = await get('/api/modules/hostile-sample/lessons/1?lang=en').expect(200);
    expect(en.body.html).not.toMatch(/<img/i);
    expect(en.body.html).toContain('<strong>bold</strong>');
  });

  it('answers unknown modules and lessons with 404 in the asked language', async () => {
    const fr = await get('/api/modules/no-such-module?lang=fr').expect(404);
    expect(fr.body.message).toBe('Aucun module publié ne s’appelle « no-such-module ».');
    const en = await get('/api/modules/my-rights/lessons/99?lang=en').expect(404);
    expect(en.body.message).toBe('Module "my-rights" has no lesson 99.');
    await get('/api/modules/no-such-module/lessons/1?lang=en').expect(404);
  });

  it('refuses bad filters with 400 and names them', async () => {
    const { body } = await get('/api/modules?audience=robots&pageSize=500&lang=fr').expect(400);
    expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(['audience', 'pageSize']);
    const unknown = await get('/api/modules?sort=title').expect(400);
    expect(unknown.body.details).toContainEqual(expect.objectContaining({ field: 'sort', rule: 'unknownField' }));
  });

  it('never sends a correct answer, or any question, in a public response', async () => {
    const paths = ['/api/competencies', '/api/modules?pageSize=50'];
    for (const slug of ['my-rights', 'hearing-the-child', 'safeguarding-children']) {
      paths.push(`/api/modules/${slug}`, `/api/modules/${slug}/lessons/1`);
    }
    for (const path of paths) {
      for (const lang of ['fr', 'en']) {
        const { body } = await get(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`).expect(200);
        expect({ path, leaked: keysIn(body).filter((key) => ANSWER_KEYS.includes(key)) }).toEqual({ path, leaked: [] });
      }
    }
  });
});
