import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { answersFor } from './support/answers.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { sessionCookie, signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** What a device's outbox relies on: every queued operation applied exactly once, in the order it was made. */
describe('offline operations: exactly once', () => {
  let testApp: TestApp;
  const http = () => request(testApp.http);

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
  });
  afterAll(() => testApp.close());

  async function attemptOf(cookie: string) {
    const enrolment = (await http().post('/api/modules/hearing-the-child/enrolments').set('Cookie', cookie).expect(201)).body;
    const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
    const right = await answersFor(testApp.dataSource, attempt.id, 'right');
    const wrong = await answersFor(testApp.dataSource, attempt.id, 'wrong');
    return { enrolment, attempt, right, wrong, questionId: attempt.questions[0].id as string };
  }
  const save = (cookie: string, attemptId: string, questionId: string, body: object) =>
    http().put(`/api/attempts/${attemptId}/answers/${questionId}`).set('Cookie', cookie).send(body);
  const savedAnswers = async (cookie: string, attemptId: string) =>
    (await http().get(`/api/attempts/${attemptId}`).set('Cookie', cookie).expect(200)).body.answers;
  const opsApplied = async (userId: string) =>
    (await testApp.dataSource.query(`SELECT kind, count(*)::int AS n FROM applied_operations WHERE user_id = $1 GROUP BY kind ORDER BY kind`, [userId]));

  it('applies a replayed answer operation once: a later answer is not undone by the replay', async () => {
    const { id: userId, cookie } = await signUp(testApp);
    const { attempt, right, wrong, questionId } = await attemptOf(cookie);
    const first = { answer: wrong[questionId], opId: randomUUID(), answeredAt: new Date(Date.now() - 60_000).toISOString() };
    const second = { answer: right[questionId], opId: randomUUID(), answeredAt: new Date(Date.now() - 30_000).toISOString() };

    await save(cookie, attempt.id, questionId, first).expect(204);
    await save(cookie, attempt.id, questionId, second).expect(204);
    // The acknowledgement of the first was lost: the device sends it again, with the same id.
    await save(cookie, attempt.id, questionId, first).expect(204);
    await Promise.all([save(cookie, attempt.id, questionId, first).expect(204), save(cookie, attempt.id, questionId, first).expect(204)]);

    expect((await savedAnswers(cookie, attempt.id))[questionId]).toEqual(right[questionId]);
    expect(await opsApplied(userId)).toEqual([{ kind: 'answer', n: 2 }]);
  });

  it('does not let an older operation, arriving after a newer one, overwrite it', async () => {
    const { cookie } = await signUp(testApp);
    const { attempt, right, wrong, questionId } = await attemptOf(cookie);
    // Answered on the phone offline (older), then again online on a computer (newer); the phone's outbox arrives last.
    const onPhone = { answer: wrong[questionId], opId: randomUUID(), answeredAt: new Date(Date.now() - 3_600_000).toISOString() };
    await save(cookie, attempt.id, questionId, { answer: right[questionId], opId: randomUUID() }).expect(204);
    await save(cookie, attempt.id, questionId, onPhone).expect(204);
    expect((await savedAnswers(cookie, attempt.id))[questionId]).toEqual(right[questionId]);

    // A device clock running ahead cannot hold later answers back: its time counts as the server's now.
    const other = attempt.questions[1].id as string;
    await save(cookie, attempt.id, other, { answer: wrong[other], opId: randomUUID(), answeredAt: '2099-01-01T00:00:00.000Z' }).expect(204);
    await save(cookie, attempt.id, other, { answer: right[other], opId: randomUUID() }).expect(204);
    expect((await savedAnswers(cookie, attempt.id))[other]).toEqual(right[other]);
  });

  it('marks a lesson read once for one operation, however often it is sent', async () => {
    const { id: userId, cookie } = await signUp(testApp);
    const { enrolment } = await attemptOf(cookie);
    const opId = randomUUID();
    const read = () => http().put(`/api/enrolments/${enrolment.id}/lessons/2/read`).set('Cookie', cookie).send({ opId });
    await read().expect(204);
    const [{ readAt }] = await testApp.dataSource.query(`SELECT read_at AS "readAt" FROM lesson_reads WHERE enrolment_id = $1`, [enrolment.id]);
    await Promise.all([read().expect(204), read().expect(204)]);
    const rows = await testApp.dataSource.query(`SELECT read_at AS "readAt" FROM lesson_reads WHERE enrolment_id = $1`, [enrolment.id]);
    expect(rows).toEqual([{ readAt }]);
    expect(await opsApplied(userId)).toEqual([{ kind: 'lesson_read', n: 1 }]);
    const detail = (await http().get(`/api/enrolments/${enrolment.id}`).set('Cookie', cookie).expect(200)).body;
    expect(detail.lessonsRead).toBe(1);
    // A malformed id is a clear 400, not a 500.
    const bad = await http().put(`/api/enrolments/${enrolment.id}/lessons/2/read`).set('Cookie', cookie).send({ opId: 'not-a-uuid' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['opId']);
  });

  it('returns the first result to a submission sent again with the same key, and refuses one from another device', async () => {
    const { cookie } = await signUp(testApp);
    const { attempt, right } = await attemptOf(cookie);
    const submit = (submissionKey: string, lang = 'en') =>
      http().post(`/api/attempts/${attempt.id}/submit?lang=${lang}`).set('Cookie', cookie).send({ submissionKey, answers: right });
    const first = (await submit('phone-key-0001').expect(200)).body;
    const again = (await submit('phone-key-0001').expect(200)).body;
    expect(again.result).toEqual(first.result);
    expect(first.result.passed).toBe(true);

    const elsewhere = await submit('laptop-key-0002', 'fr').expect(409);
    expect(elsewhere.body).toMatchObject({ statusCode: 409, code: 'submitted_elsewhere', message: expect.stringMatching(/autre appareil/) });
    const [{ n }] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM attempts WHERE enrolment_id = $1 AND status = 'submitted'`, [attempt.enrolmentId]);
    expect(n).toBe(1);
  });

  it('refuses answers queued on a device after the attempt was submitted from another one, and says so', async () => {
    const { cookie } = await signUp(testApp);
    const { attempt, right, wrong, questionId } = await attemptOf(cookie);
    await http().post(`/api/attempts/${attempt.id}/submit`).set('Cookie', cookie).send({ submissionKey: 'laptop-key-0003', answers: right }).expect(200);
    const late = await save(cookie, attempt.id, questionId, { answer: wrong[questionId], opId: randomUUID() }).expect(409);
    expect(late.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'attempt_submitted', message: expect.stringMatching(/another device/) });
    expect((await savedAnswers(cookie, attempt.id))[questionId]).toEqual(right[questionId]);
  });

  it('answers 401 and applies nothing for a session ended meanwhile; the same operation goes through after signing in again', async () => {
    const learner = await signUp(testApp);
    const { attempt, wrong, questionId, enrolment } = await attemptOf(learner.cookie);
    const phoneCookie = sessionCookie((await http().post('/api/auth/login').send({ email: learner.email, password: learner.password }).expect(200)).headers['set-cookie']);
    // The password is changed on the computer: every other session, the phone's included, ends.
    await http().put('/api/me/password').set('Cookie', learner.cookie).send({ currentPassword: learner.password, newPassword: 'a brand new passphrase' }).expect(204);

    const op = { answer: wrong[questionId], opId: randomUUID(), answeredAt: new Date().toISOString() };
    const refused = await save(phoneCookie, attempt.id, questionId, op).expect(401);
    expect(refused.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    await http().put(`/api/enrolments/${enrolment.id}/lessons/1/read`).set('Cookie', phoneCookie).send({ opId: randomUUID() }).expect(401);
    expect(await savedAnswers(learner.cookie, attempt.id)).toEqual({});
    expect(await opsApplied(learner.id)).toEqual([]);

    const signedIn = sessionCookie(
      (await http().post('/api/auth/login').send({ email: learner.email, password: 'a brand new passphrase' }).expect(200)).headers['set-cookie'],
    );
    await save(signedIn, attempt.id, questionId, op).expect(204);
    expect((await savedAnswers(signedIn, attempt.id))[questionId]).toEqual(wrong[questionId]);
  });
});
