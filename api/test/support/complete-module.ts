import request from 'supertest';
import { answersFor } from './answers.js';
import type { TestApp } from './test-app.js';

/** Enrols (or finds the enrolment), reads every lesson and passes the assessment, as the learner of `cookie`; returns the enrolment id. */
export async function completeModule(testApp: TestApp, cookie: string, slug: string): Promise<string> {
  const http = () => request(testApp.http);
  const enrolment = (await http().post(`/api/modules/${slug}/enrolments`).set('Cookie', cookie).expect(201)).body;
  for (let position = 1; position <= enrolment.lessonCount; position++) {
    await http().put(`/api/enrolments/${enrolment.id}/lessons/${position}/read`).set('Cookie', cookie).expect(204);
  }
  const attempt = (await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', cookie).expect(201)).body;
  const answers = await answersFor(testApp.dataSource, attempt.id, 'right');
  const submitted = await http().post(`/api/attempts/${attempt.id}/submit`).set('Cookie', cookie).send({ submissionKey: `k-${attempt.id}`, answers }).expect(200);
  if (!submitted.body.result.moduleCompleted) throw new Error(`${slug} was not completed`);
  return enrolment.id;
}
