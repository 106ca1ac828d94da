import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { completeDefinition, createModuleWithDraft } from './support/authoring.js';
import { completeModule } from './support/complete-module.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('authoring: drafts, optimistic locking, publishing, versions, archive', () => {
  let testApp: TestApp;
  let orgs: Awaited<ReturnType<typeof twoOrganisations>>;
  const http = () => request(testApp.http);
  let counter = 0;
  const nextSlug = () => `authored-module-${++counter}`;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    orgs = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  const trainer = () => orgs.a.trainer.cookie;
  const save = (slug: string, revision: number, definition: unknown, cookie = trainer()) =>
    http().put(`/api/authoring/modules/${slug}/draft`).set('Cookie', cookie).send({ revision, definition });
  const publish = (slug: string, revision: number, cookie = trainer()) =>
    http().post(`/api/authoring/modules/${slug}/draft/publish?lang=fr`).set('Cookie', cookie).send({ revision });

  it('creates a module with an empty draft that is not in the catalogue, and lists it for its organisation only', async () => {
    const slug = nextSlug();
    const created = await http()
      .post('/api/authoring/modules')
      .set('Cookie', trainer())
      .send({ slug, organisationId: orgs.a.id, audience: 'professional', title: { fr: 'Nouveau', en: 'New' } })
      .expect(201);
    expect(created.body).toMatchObject({ slug, revision: 1, basedOnVersion: null, definition: { title: { fr: 'Nouveau', en: 'New' }, lessons: [] } });
    await http().get(`/api/modules/${slug}`).expect(404);
    const mine = await http().get('/api/authoring/modules').set('Cookie', orgs.a.orgAdmin.cookie).expect(200);
    expect(mine.body.items.map((m: { slug: string }) => m.slug)).toContain(slug);
    const theirs = await http().get('/api/authoring/modules').set('Cookie', orgs.b.trainer.cookie).expect(200);
    expect(theirs.body.items.map((m: { slug: string }) => m.slug)).not.toContain(slug);
    await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', orgs.b.trainer.cookie).expect(404);
    await http()
      .post('/api/authoring/modules')
      .set('Cookie', trainer())
      .send({ slug, organisationId: orgs.a.id, audience: 'professional', title: { fr: 'Encore', en: 'Again' } })
      .expect(409);
    // A trainer of A cannot put a module in B.
    await http()
      .post('/api/authoring/modules')
      .set('Cookie', trainer())
      .send({ slug: nextSlug(), organisationId: orgs.b.id, audience: 'professional', title: { fr: 'x', en: 'x' } })
      .expect(404);
    await http().post('/api/authoring/modules').set('Cookie', trainer()).send({ slug: nextSlug(), audience: 'professional', title: { fr: 'x', en: 'x' } }).expect(400);
    const badAddress = await http()
      .post('/api/authoring/modules?lang=fr')
      .set('Cookie', trainer())
      .send({ slug: 'Écouter l’enfant', organisationId: orgs.a.id, audience: 'professional', title: { fr: 'x', en: 'x' } })
      .expect(400);
    expect(badAddress.body.details).toEqual([
      { field: 'slug', rule: 'matches', message: 'L’adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des traits d’union, par exemple ecouter-l-enfant.' },
    ]);
  });

  it('saves partial drafts, and refuses a stale revision with 409, a translated message and the current draft', async () => {
    const slug = nextSlug();
    const first = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug, { ...completeDefinition(), lessons: [] });
    const partial = { ...first.definition, summary: { fr: '', en: 'Only English so far' } };
    const second = await save(slug, first.revision, partial).expect(200);
    expect(second.body.revision).toBe(first.revision + 1);
    expect(second.body.updatedBy.id).toBe(orgs.a.trainer.id);

    // The org admin opened revision `first.revision` too, and saves after the trainer.
    const stale = await save(slug, first.revision, { ...partial, minutes: 99 }, orgs.a.orgAdmin.cookie).set('Accept-Language', 'fr').expect(409);
    expect(stale.body.message).toMatch(/Quelqu’un a enregistré ce brouillon/);
    expect(stale.body.message).toContain(orgs.a.trainer.displayName);
    expect(stale.body.current).toMatchObject({ revision: second.body.revision, definition: { summary: { fr: '', en: 'Only English so far' } } });
    const now = await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).expect(200);
    expect(now.body.definition.minutes).toBe(first.definition.minutes);
  });

  it('saves a large draft (a big imported pool) in one body', async () => {
    const slug = nextSlug();
    const { revision, definition } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    const [template] = definition.assessment.questions;
    const long = { fr: 'Une consigne détaillée, avec un cas pratique. '.repeat(40), en: 'A detailed prompt with a case study. '.repeat(40) };
    definition.assessment.questions.push(...Array.from({ length: 300 }, (_, i) => ({ ...template, id: `bulk-${i}`, prompt: long })));
    expect(JSON.stringify(definition).length).toBeGreaterThan(1_000_000);
    const saved = await save(slug, revision, definition).expect(200);
    expect(saved.body.definition.assessment.questions).toHaveLength(310);
  });

  it('refuses shape-invalid bodies with 400 and field details, never 500', async () => {
    const slug = nextSlug();
    const { revision, definition } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    await save(slug, revision, 'not an object').expect(400);
    await save(slug, revision, { ...definition, summary: { fr: 'x'.repeat(5_000_000), en: '' } }).expect(413);
    await http().put(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).send({ definition }).expect(400);
    const badType = await save(slug, revision, { ...definition, minutes: 'long' }).expect(400);
    expect(badType.body.details).toContainEqual(expect.objectContaining({ field: 'minutes' }));
    const unknownQuestionType = structuredClone(definition);
    (unknownQuestionType.assessment.questions[0] as { type: string }).type = 'essay';
    expect((await save(slug, revision, unknownQuestionType).expect(400)).body.details[0].field).toBe('assessment.questions.0.type');
  });

  it.each([
    ['single_choice with no correct option', 0, (q: any) => q.options.forEach((o: any) => delete o.correct), 'assessment.questions.0.options', /exactement une bonne réponse/],
    ['single_choice with two correct options', 1, (q: any) => q.options.forEach((o: any) => (o.correct = true)), 'assessment.questions.1.options', /exactement une bonne réponse/],
    ['multiple_choice with all options correct', 5, (q: any) => q.options.forEach((o: any) => (o.correct = true)), 'assessment.questions.5.options', /au moins une mauvaise réponse/],
    ['ordering with one item', 7, (q: any) => q.items.splice(1), 'assessment.questions.7.items', /au moins 3/],
    ['matching with two pairs', 8, (q: any) => q.pairs.splice(2), 'assessment.questions.8.pairs', /au moins 3/],
    ['short_text with no accepted answer', 9, (q: any) => (q.accepted = { fr: [], en: [] }), 'assessment.questions.9.accepted', /au moins une réponse acceptée/],
    ['two options with the same text', 0, (q: any) => (q.options[1].fr = q.options[0].fr), 'assessment.questions.0.options', /même texte en français/],
  ])('refuses a question that cannot be answered: %s', async (_name, index, breakIt, field, message) => {
    const slug = nextSlug();
    const { revision, definition } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    breakIt(definition.assessment.questions[index]);
    const refused = await save(slug, revision, definition).set('Accept-Language', 'fr').expect(400);
    expect(refused.body.details).toContainEqual(expect.objectContaining({ field, message: expect.stringMatching(message) }));
  });

  describe('publishing refuses, with every problem listed', () => {
    const refusalOf = async (change: (d: ReturnType<typeof completeDefinition>) => void) => {
      const slug = nextSlug();
      const { revision, definition } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
      change(definition as ReturnType<typeof completeDefinition>);
      const saved = await save(slug, revision, definition).expect(200);
      const refused = await publish(slug, saved.body.revision).expect(422);
      const check = await http().get(`/api/authoring/modules/${slug}/draft/check?lang=fr`).set('Cookie', trainer()).expect(200);
      expect(check.body.publishable).toBe(false);
      expect(check.body.problems).toEqual(refused.body.details);
      return refused.body as { message: string; details: { field: string; message: string }[] };
    };

    it('a missing French or English text (module, lesson, question, option)', async () => {
      const body = await refusalOf((d) => {
        d.title.en = '';
        d.lessons[1].title.fr = ' ';
        d.assessment.questions[0].prompt.en = '';
        d.assessment.questions[0].options![1].fr = '';
      });
      expect(body.message).toMatch(/ne peut pas encore être publié\s: 4 points/);
      expect(body.details).toEqual(
        expect.arrayContaining([
          { field: 'title.en', rule: 'textMissing', message: 'le texte en anglais manque' },
          expect.objectContaining({ field: 'lessons.1.title.fr', message: 'le texte en français manque' }),
          expect.objectContaining({ field: 'assessment.questions.0.prompt.en' }),
          expect.objectContaining({ field: 'assessment.questions.0.options.1.fr' }),
        ]),
      );
    });

    it('an empty lesson', async () => {
      const body = await refusalOf((d) => (d.lessons[2].body.en = ''));
      expect(body.details).toEqual([expect.objectContaining({ field: 'lessons.2.body.en', rule: 'lessonEmpty', message: 'la leçon n’a pas de texte' })]);
    });

    it('a pool smaller than the number of questions drawn', async () => {
      const body = await refusalOf((d) => {
        d.assessment.questions.splice(0, 2);
        d.assessment.draw = 10;
      });
      expect(body.details).toEqual([{ field: 'assessment.draw', rule: 'drawExceedsPool', message: '10 questions tirées par tentative, mais la banque n’en contient que 8' }]);
    });

    it('no lesson at all, an unknown competency, a question still flagged for translation', async () => {
      const body = await refusalOf((d) => {
        d.lessons.splice(0);
        d.competencies = ['C1', 'C99'];
        d.assessment.questions[3].needsTranslation = true;
      });
      // In the editor's order, top of the page down.
      expect(body.details.map((p) => p.field)).toEqual(['competencies.1', 'lessons', 'assessment.questions.3.needsTranslation']);
    });
  });

  it('publishes a small module (two lessons, three questions), advising what the bundled curriculum would ask for', async () => {
    const slug = nextSlug();
    const { revision, definition } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    definition.lessons.splice(2);
    definition.assessment.questions = ['single_choice', 'true_false', 'ordering'].map((type) => definition.assessment.questions.find((q) => q.type === type)!);
    definition.assessment.draw = 3;
    const saved = await save(slug, revision, definition).expect(200);

    const check = await http().get(`/api/authoring/modules/${slug}/draft/check?lang=fr`).set('Cookie', trainer()).expect(200);
    expect(check.body).toMatchObject({ publishable: true, problems: [] });
    expect(check.body.advice).toEqual([
      { field: 'lessons', rule: 'lessonCount', message: 'Les modules fournis avec Clef comptent de 3 à 6 leçons ; celui-ci en a 2.' },
      expect.objectContaining({ field: 'assessment.questions', rule: 'poolTooSmall', message: expect.stringContaining('celle-ci en a 3') }),
      expect.objectContaining({ field: 'assessment.questions', rule: 'tooFewTypes', message: expect.stringContaining('en utilise 3') }),
    ]);
    const inEnglish = await http().get(`/api/authoring/modules/${slug}/draft/check?lang=en`).set('Cookie', trainer()).expect(200);
    expect(inEnglish.body.advice[0].message).toBe('The modules bundled with Clef have 3 to 6 lessons; this one has 2.');

    expect((await publish(slug, saved.body.revision).expect(201)).body).toEqual({ slug, version: 1, created: true });
    const listed = await http().get(`/api/modules/${slug}`).expect(200);
    expect(listed.body).toMatchObject({ lessonCount: 2, lessons: [expect.anything(), expect.anything()] });
    const learner = await signUp(testApp);
    const enrolmentId = await completeModule(testApp, learner.cookie, slug);
    const [attempt] = await testApp.dataSource.query(`SELECT passed, jsonb_array_length(draw) AS drawn FROM attempts WHERE enrolment_id = $1`, [enrolmentId]);
    expect(attempt).toEqual({ passed: true, drawn: 3 });
  });

  it('publishes version 1 (every question type, graded like content), then 2; an enrolled learner keeps version 1 with progress, attempts and certificate', async () => {
    const slug = nextSlug();
    const { revision } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    const first = await publish(slug, revision).expect(201);
    expect(first.body).toEqual({ slug, version: 1, created: true });
    await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).expect(404);

    // Draw 10 of a pool of 10: the learner answers one question of every type, and passes only if each is graded right.
    const early = await signUp(testApp);
    const enrolmentId = await completeModule(testApp, early.cookie, slug);
    const [attempt] = await testApp.dataSource.query(`SELECT score_percent AS "scorePercent", passed, draw FROM attempts WHERE enrolment_id = $1`, [enrolmentId]);
    expect(attempt).toMatchObject({ passed: true, scorePercent: 100 });
    const types = await testApp.dataSource.query(`SELECT DISTINCT type FROM questions WHERE id = ANY($1) ORDER BY type`, [attempt.draw.map((d: { questionId: string }) => d.questionId)]);
    expect(types.map((t: { type: string }) => t.type)).toEqual(['matching', 'multiple_choice', 'ordering', 'short_text', 'single_choice', 'true_false']);

    const draft = await http().post(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).expect(201);
    expect(draft.body.basedOnVersion).toBe(1);
    await http().post(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).expect(409);
    const changed = structuredClone(draft.body.definition);
    changed.lessons.push({ key: 'after', title: { fr: 'Après', en: 'After' }, body: { fr: 'Suivre la décision.', en: 'Following up the decision.' } });
    changed.assessment.passMark = 90;
    const saved = await save(slug, draft.body.revision, changed).expect(200);
    expect((await publish(slug, saved.body.revision).expect(201)).body).toEqual({ slug, version: 2, created: true });

    const catalogue = await http().get(`/api/modules/${slug}`).expect(200);
    expect(catalogue.body).toMatchObject({ version: 2, lessons: expect.arrayContaining([expect.objectContaining({ position: 4, title: 'After' })]) });

    const kept = await http().get(`/api/enrolments/${enrolmentId}`).set('Cookie', early.cookie).expect(200);
    expect(kept.body).toMatchObject({ version: 1, lessonCount: 3, lessonsRead: 3 });
    expect(kept.body.completedAt).not.toBeNull();
    const [certificate] = await testApp.dataSource.query(
      `SELECT v.number FROM certificates c JOIN module_versions v ON v.id = c.module_version_id WHERE c.enrolment_id = $1 AND c.revoked_at IS NULL`,
      [enrolmentId],
    );
    expect(certificate.number).toBe(1);

    const late = await signUp(testApp);
    const enrolment = await http().post(`/api/modules/${slug}/enrolments`).set('Cookie', late.cookie).expect(201);
    expect(enrolment.body).toMatchObject({ version: 2, lessonCount: 4 });

    const detail = await http().get(`/api/authoring/modules/${slug}`).set('Cookie', trainer()).expect(200);
    expect(detail.body.versions).toEqual([
      expect.objectContaining({ number: 2, enrolments: 1, publishedBy: { id: orgs.a.trainer.id, displayName: orgs.a.trainer.displayName } }),
      expect.objectContaining({ number: 1, enrolments: 1 }),
    ]);
  });

  it('publishing with a stale revision is refused; discarding a draft keeps the published version', async () => {
    const slug = nextSlug();
    const { revision } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    await publish(slug, revision - 1).expect(409);
    await publish(slug, revision).expect(201);
    const draft = await http().post(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).expect(201);
    await http().delete(`/api/authoring/modules/${slug}/draft?revision=${draft.body.revision + 5}`).set('Cookie', trainer()).expect(409);
    await http().delete(`/api/authoring/modules/${slug}/draft?revision=${draft.body.revision}`).set('Cookie', trainer()).expect(204);
    await http().get(`/api/modules/${slug}`).expect(200);
    await http().get(`/api/authoring/modules/${slug}`).set('Cookie', trainer()).expect(200);
  });

  it('discarding the draft of a module never published removes the module and frees its address', async () => {
    const slug = nextSlug();
    const { revision } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    await http().delete(`/api/authoring/modules/${slug}/draft?revision=${revision}`).set('Cookie', trainer()).expect(204);
    await http().get(`/api/authoring/modules/${slug}`).set('Cookie', trainer()).expect(404);
    const mine = await http().get('/api/authoring/modules').set('Cookie', trainer()).expect(200);
    expect(mine.body.items.map((m: { slug: string }) => m.slug)).not.toContain(slug);
    await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    // Another organisation can neither see nor discard it.
    const again = await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).expect(200);
    await http().delete(`/api/authoring/modules/${slug}/draft?revision=${again.body.revision}`).set('Cookie', orgs.b.trainer.cookie).expect(404);
    await http().get(`/api/authoring/modules/${slug}`).set('Cookie', trainer()).expect(200);
  });

  it('archives: gone from the catalogue, enrolments and certificates intact; unarchive brings it back', async () => {
    const slug = nextSlug();
    const { revision } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    await publish(slug, revision).expect(201);
    const learner = await signUp(testApp);
    const enrolmentId = await completeModule(testApp, learner.cookie, slug);
    await http().post(`/api/authoring/modules/${slug}/archive`).set('Cookie', trainer()).expect(204);
    await http().post(`/api/authoring/modules/${slug}/archive`).set('Cookie', trainer()).expect(409);
    await http().get(`/api/modules/${slug}`).expect(404);
    const list = await http().get(`/api/modules?pageSize=50`).expect(200);
    expect(list.body.items.map((m: { slug: string }) => m.slug)).not.toContain(slug);
    await http().post(`/api/modules/${slug}/enrolments`).set('Cookie', (await signUp(testApp)).cookie).expect(404);
    await http().get(`/api/enrolments/${enrolmentId}`).set('Cookie', learner.cookie).expect(200);
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM certificates WHERE enrolment_id = $1`, [enrolmentId]);
    expect(count).toBe(1);
    const detail = await http().get(`/api/authoring/modules/${slug}`).set('Cookie', trainer()).expect(200);
    expect(detail.body.archivedAt).not.toBeNull();
    await http().post(`/api/authoring/modules/${slug}/unarchive`).set('Cookie', trainer()).expect(204);
    await http().get(`/api/modules/${slug}`).expect(200);
  });

  it('shows what changed between two versions, and between a version and the draft: metadata, lessons, questions', async () => {
    const slug = nextSlug();
    const { revision } = await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    await publish(slug, revision).expect(201);
    const draft = (await http().post(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).expect(201)).body;
    const next = structuredClone(draft.definition);
    next.title.fr = 'Entendre l’enfant';
    const removedTitle = structuredClone(next.lessons[2].title);
    next.lessons[0].title.en = 'Why it matters';
    next.lessons = [next.lessons[1], next.lessons[0], { key: 'after', title: { fr: 'Après', en: 'After' }, body: { fr: 'Suite.', en: 'Next.' } }];
    next.lessons[0].body.en = 'Rewritten in English.';
    next.assessment.questions = next.assessment.questions.filter((q: { id: string }) => q.id !== 'truth');
    next.assessment.questions.find((q: { id: string }) => q.id === 'multiple').options[2].correct = true;
    next.assessment.questions.find((q: { id: string }) => q.id === 'multiple').options[0].correct = false;
    next.assessment.questions.push({ ...next.assessment.questions[0], id: 'single-six' });
    await save(slug, draft.revision, next).expect(200);

    const toDraft = await http().get(`/api/authoring/modules/${slug}/versions/1/diff/draft`).set('Cookie', trainer()).expect(200);
    expect(toDraft.body.metadata).toEqual([{ field: 'title.fr', before: 'Entendre l’enfant au tribunal', after: 'Entendre l’enfant' }]);
    // A lesson is named by its later title (its last one when removed).
    expect(toDraft.body.lessons).toEqual([
      { key: 'why', title: { fr: next.lessons[1].title.fr, en: 'Why it matters' }, change: 'changed', positionBefore: 1, positionAfter: 2, fields: ['title.en', 'position'], texts: [{ field: 'title.en', before: draft.definition.lessons[0].title.en, after: 'Why it matters' }] },
      { key: 'before', title: next.lessons[0].title, change: 'changed', positionBefore: 2, positionAfter: 1, fields: ['body.en', 'position'], texts: [{ field: 'body.en', before: draft.definition.lessons[1].body.en, after: 'Rewritten in English.' }] },
      { key: 'during', title: removedTitle, change: 'removed', positionBefore: 3, positionAfter: null, fields: [], texts: [] },
      { key: 'after', title: { fr: 'Après', en: 'After' }, change: 'added', positionBefore: null, positionAfter: 3, fields: [], texts: [] },
    ]);
    expect(toDraft.body.questions).toEqual([
      { id: 'multiple', prompt: next.assessment.questions.find((q: { id: string }) => q.id === 'multiple').prompt, change: 'changed', fields: ['options'], texts: [] },
      { id: 'truth', prompt: draft.definition.assessment.questions.find((q: { id: string }) => q.id === 'truth').prompt, change: 'removed', fields: [], texts: [] },
      { id: 'single-six', prompt: next.assessment.questions[0].prompt, change: 'added', fields: [], texts: [] },
    ]);

    const latest = await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).expect(200);
    await publish(slug, latest.body.revision).expect(201);
    const published = await http().get(`/api/authoring/modules/${slug}/versions/1/diff/2`).set('Cookie', trainer()).expect(200);
    expect(published.body.questions).toEqual(toDraft.body.questions);
    await http().get(`/api/authoring/modules/${slug}/versions/1/diff/7`).set('Cookie', trainer()).expect(404);
    await http().get(`/api/authoring/modules/${slug}/versions/x/diff/2`).set('Cookie', trainer()).expect(404);
  });

  it('lets a platform admin publish a bundled module; a later content/ load keeps that version instead of overwriting it', async () => {
    const admin = orgs.admin.cookie;
    const draft = await http().post('/api/authoring/modules/my-rights/draft').set('Cookie', admin).expect(201);
    expect(draft.body.basedOnVersion).toBe(1);
    const changed = structuredClone(draft.body.definition);
    changed.summary.en = `${changed.summary.en} Edited in the browser.`;
    // A bundled module must go back into content/: below the curriculum minimums it is refused, not advised.
    const short = { ...structuredClone(changed), lessons: changed.lessons.slice(0, 2) };
    const tooShort = await save('my-rights', draft.body.revision, short, admin).expect(200);
    const check = await http().get('/api/authoring/modules/my-rights/draft/check?lang=en').set('Cookie', admin).expect(200);
    expect(check.body).toMatchObject({ publishable: false, advice: [] });
    // Also refused: the questions that send learners to the lessons cut away.
    expect(check.body.problems).toContainEqual({ field: 'lessons', rule: 'lessonCount', message: 'The modules bundled with Clef have 3 to 6 lessons; this one has 2.' });
    await publish('my-rights', tooShort.body.revision, admin).expect(422);
    const saved = await save('my-rights', tooShort.body.revision, changed, admin).expect(200);
    expect((await publish('my-rights', saved.body.revision, admin).expect(201)).body).toMatchObject({ version: 2 });

    const summary = await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    expect(summary.kept).toEqual(['my-rights']);
    const catalogue = await http().get('/api/modules/my-rights?lang=en').expect(200);
    expect(catalogue.body).toMatchObject({ version: 2, summary: expect.stringContaining('Edited in the browser.') });
  });

  it('previews a lesson as learners see it, raw HTML escaped', async () => {
    const preview = await http().post('/api/authoring/lesson-preview').set('Cookie', trainer()).send({ markdown: '# Titre\n\n**gras** <script>x</script>' }).expect(200);
    expect(preview.body.html).toContain('<strong>gras</strong>');
    expect(preview.body.html).not.toContain('<script>');
  });
});
