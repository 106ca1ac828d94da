import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { answersFor } from './support/answers.js';
import { BUNDLED_CONTENT, copyContent } from './support/content-fixture.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ANSWER_KEYS = ['correct', 'accepted', 'answer', 'spec', 'correctAnswer', 'pairs'];
const keysIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysIn) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]) : [];

describe('learner journey: enrol, read, attempts', () => {
  let testApp: TestApp;
  const http = () => request(testApp.http);

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
  });
  afterAll(() => testApp.close());

  async function enrol(cookie: string, slug = 'hearing-the-child') {
    return (await http().post(`/api/modules/${slug}/enrolments`).set('Cookie', cookie).expect(201)).body;
  }

  async function readAll(cookie: string, enrolmentId: string, count: number) {
    for (let position = 1; position <= count; position++) {
      await http().get(`/api/enrolments/${enrolmentId}/lessons/${position}`).set('Cookie', cookie).expect(200);
      await http().put(`/api/enrolments/${enrolmentId}/lessons/${position}/read`).set('Cookie', cookie).expect(204);
    }
  }

  it('enrols once on the current version and lists it in my learning with progress', async () => {
    const { cookie } = await signUp(testApp);
    const first = await enrol(cookie);
    const again = await enrol(cookie);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ moduleSlug: 'hearing-the-child', version: 1, lessonCount: 5, lessonsRead: 0, completedAt: null });
    expect(first.lessons).toHaveLength(5);

    await http().get(`/api/enrolments/${first.id}/lessons/3?lang=fr`).set('Cookie', cookie).expect(200);
    await http().put(`/api/enrolments/${first.id}/lessons/3/read`).set('Cookie', cookie).expect(204);
    await http().put(`/api/enrolments/${first.id}/lessons/3/read`).set('Cookie', cookie).expect(204);
    const { body } = await http().get('/api/me/enrolments').set('Cookie', cookie).expect(200);
    expect(body.items).toEqual([expect.objectContaining({ id: first.id, lessonsRead: 1, lastLessonPosition: 3 })]);
  });

  it('saves answers as they are given and resumes the same attempt with them', async () => {
    const { cookie } = await signUp(testApp);
    const enrolment = await enrol(cookie);
    const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    expect(attempt.questions).toHaveLength(8);
    expect(keysIn(attempt).filter((k) => ANSWER_KEYS.includes(k))).toEqual([]);
    const types = new Set(attempt.questions.map((q: { type: string }) => q.type));
    expect(types.size).toBeGreaterThanOrEqual(3);

    const answers = await answersFor(testApp.dataSource, attempt.id, 'right');
    const [firstQuestion, secondQuestion] = attempt.questions;
    await http().put(`/api/attempts/${attempt.id}/answers/${firstQuestion.id}`).set('Cookie', cookie).send({ answer: answers[firstQuestion.id] }).expect(204);
    await http().put(`/api/attempts/${attempt.id}/answers/${secondQuestion.id}`).set('Cookie', cookie).send({ answer: answers[secondQuestion.id] }).expect(204);

    const resumed = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    expect(resumed.id).toBe(attempt.id);
    expect(resumed.questions.map((q: { id: string }) => q.id)).toEqual(attempt.questions.map((q: { id: string }) => q.id));
    expect(resumed.answers).toEqual({ [firstQuestion.id]: answers[firstQuestion.id], [secondQuestion.id]: answers[secondQuestion.id] });
  });

  it('refuses an answer of the wrong shape, in the asked language, and keeps what was saved', async () => {
    const { cookie } = await signUp(testApp);
    const enrolment = await enrol(cookie);
    const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    const question = attempt.questions[0];
    const right = (await answersFor(testApp.dataSource, attempt.id, 'right'))[question.id];
    await http().put(`/api/attempts/${attempt.id}/answers/${question.id}`).set('Cookie', cookie).send({ answer: right }).expect(204);
    const refused = await http().put(`/api/attempts/${attempt.id}/answers/${question.id}?lang=fr`).set('Cookie', cookie).send({ answer: { nonsense: 1 } }).expect(400);
    expect(refused.body.message).toMatch(/^Cette réponse ne correspond pas à la question/);
    const again = (await http().get(`/api/attempts/${attempt.id}`).set('Cookie', cookie).expect(200)).body;
    expect(again.answers[question.id]).toEqual(right);
  });

  it('grades a failed attempt, counts a doubled submit once, hides the answers while attempts remain, and enforces the limit', async () => {
    const { cookie } = await signUp(testApp);
    const enrolment = await enrol(cookie);
    const draws: string[][] = [];
    for (let n = 1; n <= 3; n++) {
      const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
      expect(attempt.number).toBe(n);
      const answers = await answersFor(testApp.dataSource, attempt.id, 'wrong');
      const submit = () => http().post(`/api/attempts/${attempt.id}/submit`).set('Cookie', cookie).send({ submissionKey: `key-${attempt.id}`, answers });
      const [one, two] = await Promise.all([submit(), submit()]);
      expect(one.status).toBe(200);
      expect(two.body.result).toEqual(one.body.result);
      expect(one.body.result).toMatchObject({ passed: false, scorePercent: 0, attemptsUsed: n, attemptsAllowed: 3 });
      expect(one.body.result.correctAnswersShown).toBe(n === 3);
      expect(one.body.result.questions.every((q: { correctAnswer?: unknown }) => (n === 3) === (q.correctAnswer !== undefined))).toBe(true);
      // The feedback explains the right answer: it comes with the answers, never before.
      expect(one.body.result.questions.every((q: { feedback?: string }) => (n === 3) === (q.feedback !== undefined))).toBe(true);
      expect(one.body.result.questions.every((q: { lesson?: { position: number; title: string } }) => q.lesson && q.lesson.position >= 1 && q.lesson.title)).toBe(true);
      draws.push(attempt.questions.map((q: { id: string }) => q.id));
      const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM attempts WHERE enrolment_id = $1`, [enrolment.id]);
      expect(count).toBe(n);
    }
    const refused = await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(409);
    expect(refused.body.message).toBe('You have used all the attempts allowed for this assessment.');
    // A pool of 12 drawn 8 at a time: the second attempt brings the 4 questions never seen, the third the 4 seen longest ago.
    const pool: string[] = (await testApp.dataSource.query(`SELECT id FROM questions WHERE module_version_id = (SELECT module_version_id FROM enrolments WHERE id = $1)`, [enrolment.id])).map((q: { id: string }) => q.id);
    expect(pool).toHaveLength(12);
    expect(draws[1]).toEqual(expect.arrayContaining(pool.filter((id) => !draws[0].includes(id))));
    expect(draws[2]).toEqual(expect.arrayContaining(draws[0].filter((id) => !draws[1].includes(id))));
  });

  it('points a missed question to its lesson, in the language asked', async () => {
    const { cookie } = await signUp(testApp);
    const enrolment = await enrol(cookie);
    const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    const answers = await answersFor(testApp.dataSource, attempt.id, 'wrong');
    await http().post(`/api/attempts/${attempt.id}/submit`).set('Cookie', cookie).send({ submissionKey: `lesson-${attempt.id}`, answers }).expect(200);
    const { body } = await http().get(`/api/attempts/${attempt.id}?lang=fr`).set('Cookie', cookie).expect(200);
    const keys = new Map<string, string>((await testApp.dataSource.query(`SELECT id, key FROM questions WHERE id = ANY($1)`, [Object.keys(answers)])).map((q: { id: string; key: string }) => [q.id, q.key]));
    const frenchTitles = [''];
    for (let position = 1; position <= 5; position++) frenchTitles.push((await http().get(`/api/enrolments/${enrolment.id}/lessons/${position}?lang=fr`).set('Cookie', cookie).expect(200)).body.title);
    // As hearing-the-child/assessment.yaml names them.
    const lessonOf: Record<string, number> = {
      'due-weight-age-maturity': 1, 'no-minimum-age': 1, 'evolving-capacities-article': 1, 'young-child-time': 2, 'number-of-basic-requirements': 3,
      'basic-requirements-select': 3, 'interview-phases-order': 4, 'best-first-question': 4, 'question-types-matching': 4, 'repeat-until-answer': 4,
      'informing-after-decision': 5, 'child-declines-to-speak': 5,
    };
    for (const question of body.result.questions) {
      const position = lessonOf[keys.get(question.questionId)!];
      expect(question).toEqual({ questionId: question.questionId, correct: false, lesson: { position, title: frenchTitles[position] } });
    }
    expect(body.result.questions.every((q: { feedback?: string; correctAnswer?: unknown }) => q.feedback === undefined && q.correctAnswer === undefined)).toBe(true);
  });

  it('completes the module once every lesson is read and the assessment passed', async () => {
    const { cookie } = await signUp(testApp);
    const enrolment = await enrol(cookie);
    const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    const answers = await answersFor(testApp.dataSource, attempt.id, 'right');
    const graded = (await http().post(`/api/attempts/${attempt.id}/submit`).set('Cookie', cookie).send({ submissionKey: `pass-${attempt.id}`, answers }).expect(200)).body;
    expect(graded.result).toMatchObject({ passed: true, scorePercent: 100, correctAnswersShown: true, moduleCompleted: false });
    await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(409);

    await readAll(cookie, enrolment.id, 5);
    const done = (await http().get(`/api/enrolments/${enrolment.id}`).set('Cookie', cookie).expect(200)).body;
    expect(done.completedAt).not.toBeNull();
    expect(done.assessment).toMatchObject({ passed: true, bestScore: 100, canStartAttempt: false });
  });

  it('completes the module when the last lesson is read at the same moment as the passing submission', async () => {
    for (let run = 0; run < 8; run++) {
      const { cookie } = await signUp(testApp);
      const enrolment = await enrol(cookie, 'my-rights');
      await readAll(cookie, enrolment.id, 3);
      const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
      const answers = await answersFor(testApp.dataSource, attempt.id, 'right');
      await Promise.all([
        http().put(`/api/enrolments/${enrolment.id}/lessons/4/read`).set('Cookie', cookie).expect(204),
        http().post(`/api/attempts/${attempt.id}/submit`).set('Cookie', cookie).send({ submissionKey: `race-${attempt.id}`, answers }).expect(200),
      ]);
      const done = (await http().get(`/api/enrolments/${enrolment.id}`).set('Cookie', cookie).expect(200)).body;
      expect({ run, completed: done.completedAt !== null }).toEqual({ run, completed: true });
    }
  });

  it("keeps another learner out of my enrolments and attempts (404), and out of everything when logged out (401)", async () => {
    const me = await signUp(testApp);
    const other = await signUp(testApp);
    const enrolment = await enrol(me.cookie);
    const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', me.cookie).expect(201)).body;
    const questionId = attempt.questions[0].id;
    await http().get(`/api/enrolments/${enrolment.id}`).set('Cookie', other.cookie).expect(404);
    await http().get(`/api/enrolments/${enrolment.id}/lessons/1`).set('Cookie', other.cookie).expect(404);
    await http().put(`/api/enrolments/${enrolment.id}/lessons/1/read`).set('Cookie', other.cookie).expect(404);
    await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', other.cookie).expect(404);
    await http().get(`/api/attempts/${attempt.id}`).set('Cookie', other.cookie).expect(404);
    await http().put(`/api/attempts/${attempt.id}/answers/${questionId}`).set('Cookie', other.cookie).send({ answer: { value: true } }).expect(404);
    await http().post(`/api/attempts/${attempt.id}/submit`).set('Cookie', other.cookie).send({ submissionKey: 'stolen-key-1' }).expect(404);
    expect((await http().get('/api/me/enrolments').set('Cookie', other.cookie).expect(200)).body.items).toEqual([]);
    await http().get(`/api/attempts/${attempt.id}`).expect(401);
    await http().post('/api/modules/hearing-the-child/enrolments').expect(401);
  });

  it('keeps an enrolled learner on their version when a new one is published', async () => {
    const { cookie } = await signUp(testApp);
    const enrolment = await enrol(cookie, 'my-voice-counts');
    const content = copyContent();
    try {
      content.edit('modules/my-voice-counts/lessons/01-your-right-to-be-heard.en.md', (text) => `${text}\n\nA sentence added in version 2.\n`);
      await testApp.app.get(ContentLoaderService).load(content.dir);
    } finally {
      content.remove();
    }
    const mine = (await http().get(`/api/enrolments/${enrolment.id}/lessons/1?lang=en`).set('Cookie', cookie).expect(200)).body;
    expect(mine.version).toBe(1);
    expect(mine.html).not.toContain('added in version 2');
    const current = (await http().get('/api/modules/my-voice-counts/lessons/1?lang=en').expect(200)).body;
    expect(current.version).toBe(2);
    expect(current.html).toContain('added in version 2');
    const detail = (await http().get(`/api/enrolments/${enrolment.id}`).set('Cookie', cookie).expect(200)).body;
    expect(detail).toMatchObject({ version: 1, newerVersionAvailable: true });
    // Enrolling again keeps the enrolment (and the attempts already used) on version 1.
    const again = await enrol(cookie, 'my-voice-counts');
    expect(again).toMatchObject({ id: enrolment.id, version: 1 });
    expect((await http().get('/api/me/enrolments').set('Cookie', cookie).expect(200)).body.items.filter((e: { moduleSlug: string }) => e.moduleSlug === 'my-voice-counts')).toHaveLength(1);

    const newcomer = await signUp(testApp);
    expect((await enrol(newcomer.cookie, 'my-voice-counts')).version).toBe(2);
  });
});
