import { rmSync } from 'node:fs';
import request from 'supertest';
import { ModulePublisher } from '../src/catalogue/module-publisher.service.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { readContent } from '../src/content/content-reader.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { fakeWebBuild, STYLES } from './support/web-build.js';

/** The JSON the page hands to the web client. */
const initialData = (html: string) => JSON.parse(/<script type="application\/json" id="clef-initial-data">([^<]*)<\/script>/.exec(html)![1]);
const firstParagraph = (html: string) => /<p>[\s\S]*?<\/p>/.exec(html)![0];

describe('server-rendered lesson pages', () => {
  let testApp: TestApp;
  let dist: string;
  const http = () => request(testApp.http);

  beforeAll(async () => {
    dist = fakeWebBuild();
    testApp = await createTestApp({ CLEF_WEB_DIST: dist });
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    { how: 'Accept-Language', language: 'fr', ask: (test: request.Test) => test.set('Accept-Language', 'fr-FR,fr;q=0.9'), title: 'Pourquoi entendre l&#39;enfant' },
    { how: 'the language cookie', language: 'en', ask: (test: request.Test) => test.set('Accept-Language', 'fr').set('Cookie', 'clef_lang=en'), title: 'Why hearing children matters' },
    { how: '?lang=', language: 'en', ask: (test: request.Test) => test.query({ lang: 'en' }), title: 'Why hearing children matters' },
  ])('answers the first request with the lesson’s heading and first paragraph, in the language from $how', async ({ language, ask, title }) => {
    const { body: lesson } = await http().get(`/api/modules/hearing-the-child/lessons/1?lang=${language}`).expect(200);
    const page = await ask(http().get('/modules/hearing-the-child/lessons/1')).expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain(`<html lang="${language}">`);
    expect(page.text).toContain(`<h1 tabindex="-1">${title}</h1>`);
    expect(page.text).toContain(firstParagraph(lesson.html));
    // The CSS the text needs comes inline: no stylesheet request before the first paint.
    expect(page.text).toContain(`<style>${STYLES}</style>`);
    expect(page.text).not.toContain('<link rel="stylesheet"');
    expect(initialData(page.text)).toEqual({ kind: 'lesson', language, key: 'hearing-the-child', position: 1, lesson });
    expect(page.headers['clef-page']).toBe('published-lesson');
  });

  it('keeps hostile lesson text inert, in the page and in the data handed to the client', async () => {
    const [definition] = readContent(BUNDLED_CONTENT).bundle.modules.filter((m) => m.slug === 'my-rights');
    const sneaky = '</script><script>alert(1)</script><!--';
    const hostile = {
      ...definition,
      slug: 'hostile-page',
      lessons: definition.lessons.map((lesson, index) =>
        index === 0 ? { ...lesson, title: { fr: sneaky, en: sneaky }, body: { fr: `${sneaky}\n\n<img src=x onerror=alert(2)>`, en: sneaky } } : lesson,
      ),
    };
    await testApp.dataSource.transaction((manager) => testApp.app.get(ModulePublisher).publish(hostile, 'content', manager));
    const page = await http().get('/modules/hostile-page/lessons/1?lang=fr').expect(200);
    const scripts = page.text.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script type="application/json" id="clef-initial-data">']);
    expect(page.text).not.toMatch(/<img|<!--<\/|<\/script><script>/);
    expect(initialData(page.text).lesson.title).toBe(sneaky);
  });

  it('leaves other routes, unknown lessons and logged-in visitors to the client', async () => {
    for (const path of ['/modules', '/modules/hearing-the-child/lessons/99', '/modules/no-such-module/lessons/1']) {
      const page = await http().get(path).expect(200);
      expect(page.text).toContain('<div id="root"></div>');
      expect(page.text).not.toContain('clef-initial-data');
    }
    const loggedIn = await http().get('/modules/hearing-the-child/lessons/1').set('Cookie', 'clef_session=whatever').expect(200);
    expect(loggedIn.text).toContain('<div id="root"></div>');
  });

  it('answers an enrolled learner’s lesson page with the text of their version, for them only and kept nowhere', async () => {
    const learner = await signUp(testApp);
    const enrolment = (await http().post('/api/modules/hearing-the-child/enrolments').set('Cookie', learner.cookie).expect(201)).body;
    const { body: lesson } = await http().get(`/api/enrolments/${enrolment.id}/lessons/2?lang=fr`).set('Cookie', learner.cookie).expect(200);
    const page = await http().get(`/learning/${enrolment.id}/lessons/2`).set('Cookie', `${learner.cookie}; clef_lang=fr`).expect(200);
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.headers['clef-page']).toBeUndefined();
    expect(page.text).toContain('<html lang="fr">');
    expect(page.text).toContain(`<a href="/learning/${enrolment.id}">`);
    expect(page.text).toContain(firstParagraph(lesson.html));
    expect(initialData(page.text)).toEqual({ kind: 'enrolled-lesson', language: 'fr', key: enrolment.id, position: 2, lesson });

    // Someone else, or nobody, gets the plain app (which answers 404 or asks to log in).
    const other = await signUp(testApp);
    for (const cookie of [other.cookie, '']) {
      const plain = await http().get(`/learning/${enrolment.id}/lessons/2`).set('Cookie', cookie).expect(200);
      expect(plain.text).toContain('<div id="root"></div>');
    }
  });

  it("resolves a lesson's placeholders for the enrolled learner's country, with their organisation's note; the public page for no country", async () => {
    const learner = await signUp(testApp);
    const [organisation] = await testApp.dataSource.query(`INSERT INTO organisations (name, kind, country) VALUES ('Association Lyon', 'association', 'FR') RETURNING id`);
    await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainee')`, [learner.id, organisation.id]);
    await testApp.dataSource.query(
      `INSERT INTO organisation_lesson_notes (organisation_id, module_id, lesson_position, body_fr, body_en) SELECT $1, id, 3, 'Notre référente : **Mme Roux**.', '' FROM modules WHERE slug = 'recognising-abuse'`,
      [organisation.id],
    );
    const enrolment = (await http().post('/api/modules/recognising-abuse/enrolments').set('Cookie', learner.cookie).expect(201)).body;
    const page = await http().get(`/learning/${enrolment.id}/lessons/3`).set('Cookie', `${learner.cookie}; clef_lang=fr`).expect(200);
    expect(page.text).toContain('le 119 («\u00a0Allô Enfance en danger\u00a0», gratuit, 24 h/24) (à confirmer auprès de votre organisation)');
    expect(page.text).toContain('<h2 id="organisation-note-title">De la part de Association Lyon</h2><div class="lesson__body"><p>Notre référente : <strong>Mme Roux</strong>.</p>');

    const published = await http().get('/modules/recognising-abuse/lessons/3').set('Accept-Language', 'fr').expect(200);
    expect(published.text).toContain('la ligne d’écoute pour enfants de votre pays (dans beaucoup de pays, le 116 111');
    expect(published.text).not.toMatch(/119|Mme Roux|\{\{/);
  });
});
