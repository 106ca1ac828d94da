import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { organisationWorld, type World } from './support/organisation-world.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Lesson 3 of recognising-abuse names the reporting authority and the helpline; the last lesson of my-rights closes with the helpline. */
const REPORTING_LESSON = 3;

describe('national settings and organisation notes in lessons', () => {
  let testApp: TestApp;
  let world: World;
  const http = () => request(testApp.http);

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await organisationWorld(testApp);
    // Organisation A works in France; B in Germany, for which content/countries.yaml has no values.
    await testApp.dataSource.query(`UPDATE organisations SET country = 'FR' WHERE id = $1`, [world.a.id]);
    await testApp.dataSource.query(`UPDATE organisations SET country = 'DE' WHERE id = $1`, [world.b.id]);
  });
  afterAll(() => testApp.close());

  async function lessonAs(cookie: string, slug: string, position: number, lang: 'fr' | 'en') {
    const enrolment = (await http().post(`/api/modules/${slug}/enrolments`).set('Cookie', cookie).expect(201)).body;
    return (await http().get(`/api/enrolments/${enrolment.id}/lessons/${position}?lang=${lang}`).set('Cookie', cookie).expect(200)).body;
  }

  async function childLesson(lang: 'fr' | 'en') {
    const { items } = (await http().get('/api/me/enrolments').set('Cookie', world.child.cookie).expect(200)).body;
    const enrolment = items.find((e: { moduleSlug: string }) => e.moduleSlug === 'my-rights');
    return (await http().get(`/api/enrolments/${enrolment.id}/lessons/${enrolment.lessonCount}?lang=${lang}`).set('Cookie', world.child.cookie).expect(200)).body;
  }

  it('loads content/countries.yaml with every value sourced, dated and flagged', async () => {
    const [france] = await testApp.dataSource.query(`SELECT definition FROM country_settings WHERE code = 'FR'`);
    expect(france.definition.helplines[0]).toEqual(expect.objectContaining({ source: expect.any(String), checked: '2026-12-07', verified: false }));
  });

  it("shows a learner of a French organisation France's numbers, marked to confirm while unverified, in both languages", async () => {
    const fr = await lessonAs(world.a.trainee.cookie, 'recognising-abuse', REPORTING_LESSON, 'fr');
    expect(fr.html).toContain('le 119 («\u00a0Allô Enfance en danger\u00a0», gratuit, 24 h/24) (à confirmer auprès de votre organisation)');
    expect(fr.html).not.toContain('{{');
    const en = await lessonAs(world.a.trainee.cookie, 'recognising-abuse', REPORTING_LESSON, 'en');
    expect(en.html).toContain('119 (“Allô Enfance en danger”, free, 24 hours a day) (to confirm with your organisation)');
  });

  it('shows the fallback sentence to a learner whose country has no values, and to a learner in no organisation', async () => {
    for (const cookie of [world.b.trainee.cookie, world.outsider.cookie]) {
      const { html } = await lessonAs(cookie, 'recognising-abuse', REPORTING_LESSON, 'en');
      expect(html).toContain('your country&#39;s child helpline (in many countries 116 111; your organisation can confirm the number)');
      expect(html).not.toContain('119');
    }
  });

  it('never shows a child an unverified number, and shows a verified one without a mark', async () => {
    const before = await childLesson('fr');
    expect(before.html).toContain('Tu peux aussi contacter la ligne d’écoute pour enfants de ton pays — dans beaucoup de pays, le 116 111');
    expect(before.html).not.toMatch(/119|3018|à confirmer/);

    // A person checked 119 against its source; 3018 is still unverified.
    await testApp.dataSource.query(`UPDATE country_settings SET definition = jsonb_set(definition, '{helplines,0,verified}', 'true') WHERE code = 'FR'`);
    try {
      const after = await childLesson('fr');
      expect(after.html).toContain('Tu peux aussi contacter le 119 («\u00a0Allô Enfance en danger\u00a0», gratuit, 24 h/24).');
      expect(after.html).not.toMatch(/3018|à confirmer/);
    } finally {
      await testApp.dataSource.query(`UPDATE country_settings SET definition = jsonb_set(definition, '{helplines,0,verified}', 'false') WHERE code = 'FR'`);
    }
  });

  it('shows an anonymous reader of a public lesson the fallback sentence', async () => {
    const { body } = await http().get(`/api/modules/recognising-abuse/lessons/${REPORTING_LESSON}?lang=fr`).expect(200);
    expect(body.html).toContain('la ligne d’écoute pour enfants de votre pays (dans beaucoup de pays, le 116 111');
    expect(body.html).not.toMatch(/\{\{|119/);
  });

  describe("an organisation's own notes", () => {
    const notes = (organisationId: string) => `/api/organisations/${organisationId}/lesson-notes`;

    it('are written by its admins and shown under the lesson to its learners only, in their language or else the other', async () => {
      const note = { moduleSlug: 'recognising-abuse', position: REPORTING_LESSON, bodyFr: 'Appelez la **cellule départementale** : 01 23 45 67 89.', bodyEn: '' };
      const saved = await http().put(notes(world.a.id)).set('Cookie', world.a.orgAdmin.cookie).send(note).expect(200);
      expect(saved.body).toMatchObject({ moduleSlug: 'recognising-abuse', lessonPosition: REPORTING_LESSON, bodyFr: note.bodyFr, bodyEn: '' });
      await http().put(notes(world.a.id)).set('Cookie', world.a.trainer.cookie).send(note).expect(403);

      const mine = await lessonAs(world.a.trainee.cookie, 'recognising-abuse', REPORTING_LESSON, 'en');
      expect(mine.organisationNote).toEqual({ organisationName: 'École A', html: expect.stringContaining('<strong>cellule départementale</strong>') });
      const theirs = await lessonAs(world.b.trainee.cookie, 'recognising-abuse', REPORTING_LESSON, 'en');
      expect(theirs.organisationNote).toBeNull();
      const elsewhere = await lessonAs(world.a.trainee.cookie, 'recognising-abuse', 1, 'fr');
      expect(elsewhere.organisationNote).toBeNull();

      const listed = await http().get(notes(world.a.id)).set('Cookie', world.a.trainer.cookie).expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ moduleSlug: 'recognising-abuse', lessonPosition: REPORTING_LESSON, lessonTitle: expect.any(String) })]);
      expect((await http().get(notes(world.b.id)).set('Cookie', world.b.orgAdmin.cookie).expect(200)).body.items).toEqual([]);
    });

    it('refuses an empty note and a lesson that does not exist, in the caller\'s language, keeping what was saved', async () => {
      const empty = await http().put(`${notes(world.a.id)}?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send({ moduleSlug: 'recognising-abuse', position: REPORTING_LESSON, bodyFr: '  ', bodyEn: '' }).expect(400);
      expect(empty.body).toMatchObject({ statusCode: 400, message: 'Rédigez la note en français, en anglais ou dans les deux langues.' });
      const missing = await http().put(notes(world.a.id)).set('Cookie', world.a.orgAdmin.cookie).send({ moduleSlug: 'recognising-abuse', position: 99, bodyFr: 'x', bodyEn: 'x' }).expect(404);
      expect(missing.body.message).toBe('Module "recognising-abuse" has no lesson 99.');
      const mine = await lessonAs(world.a.trainee.cookie, 'recognising-abuse', REPORTING_LESSON, 'fr');
      expect(mine.organisationNote?.html).toContain('cellule départementale');
    });

    it('are gone for its learners once deleted', async () => {
      await http().delete(`${notes(world.a.id)}?moduleSlug=recognising-abuse&position=${REPORTING_LESSON}`).set('Cookie', world.a.orgAdmin.cookie).expect(204);
      await http().delete(`${notes(world.a.id)}?moduleSlug=recognising-abuse&position=${REPORTING_LESSON}`).set('Cookie', world.a.orgAdmin.cookie).expect(404);
      const mine = await lessonAs(world.a.trainee.cookie, 'recognising-abuse', REPORTING_LESSON, 'fr');
      expect(mine.organisationNote).toBeNull();
    });
  });

  it('a newcomer signing up sees no organisation note and the fallback', async () => {
    const newcomer = await signUp(testApp);
    const lesson = await lessonAs(newcomer.cookie, 'recognising-abuse', REPORTING_LESSON, 'fr');
    expect(lesson.organisationNote).toBeNull();
  });
});
