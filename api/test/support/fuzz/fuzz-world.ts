import request from 'supertest';
import { ContentLoaderService } from '../../../src/content/content-loader.service.js';
import { completeModule } from '../complete-module.js';
import { BUNDLED_CONTENT } from '../content-fixture.js';
import { twoOrganisations } from '../organisation-fixture.js';
import { sessionCookie } from '../session-agent.js';
import type { TestApp } from '../test-app.js';

/**
 * Someone of every role, and real ids for every kind of path parameter, so that fuzzed requests reach the
 * handlers and their SQL instead of stopping at 401 or 404.
 */
export async function fuzzWorld(testApp: TestApp) {
  const http = () => request(testApp.http);
  await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
  const world = await twoOrganisations(testApp);
  const organisation = `/api/organisations/${world.a.id}`;
  await completeModule(testApp, world.a.trainer.cookie, 'safeguarding-children');
  const createCohort = async (body: object) => (await http().post(`${organisation}/cohorts`).set('Cookie', world.a.orgAdmin.cookie).send(body).expect(201)).body.id as string;
  const childGroup = await createCohort({ name: 'Club', audience: 'child', moduleSlugs: ['my-rights'], trainerIds: [world.a.trainer.id] });
  const cohort = await createCohort({ name: 'Promotion', moduleSlugs: ['safeguarding-children'], trainerIds: [world.a.trainer.id] });
  await http().post(`${organisation}/cohorts/${cohort}/members`).set('Cookie', world.a.orgAdmin.cookie).send({ userIds: [world.a.trainee.id] }).expect(200);
  const code = (await http().post(`${organisation}/cohorts/${childGroup}/class-code`).set('Cookie', world.a.trainer.cookie).expect(201)).body.code;
  const join = async (displayName: string) => {
    const joined = await http().post('/api/children/join').send({ classCode: code, displayName, secretKind: 'pin', secret: '2468', language: 'fr' }).expect(201);
    await http().put(`${organisation}/children/${joined.body.me.id}/consent`).set('Cookie', world.a.trainer.cookie).expect(200);
    return { id: joined.body.me.id as string, cookie: sessionCookie(joined.headers['set-cookie']) };
  };
  const child = await join('Zéphyrine');
  // A second child whose id the fuzzer may use in paths: the first keeps its session whatever is done to this one.
  const otherChild = await join('Oscarine');
  const enrolment = (await http().post('/api/modules/safeguarding-children/enrolments').set('Cookie', world.a.trainee.cookie).expect(201)).body.id as string;
  const attempt = (await http().post(`/api/enrolments/${enrolment}/attempts`).set('Cookie', world.a.trainee.cookie).expect(201)).body.id as string;
  await http()
    .post('/api/authoring/modules')
    .set('Cookie', world.a.trainer.cookie)
    .send({ slug: 'fuzzed-module', audience: 'professional', organisationId: world.a.id, title: { fr: 'Module', en: 'Module' } })
    .expect(201);
  const ids = async (sql: string) => ((await testApp.dataSource.query(sql)) as { id: string }[]).map((row) => String(row.id));

  return {
    cookies: {
      anonymous: undefined,
      trainee: world.a.trainee.cookie,
      trainer: world.a.trainer.cookie,
      orgAdmin: world.a.orgAdmin.cookie,
      platformAdmin: world.admin.cookie,
      child: child.cookie,
    } as Record<string, string | undefined>,
    known: {
      organisationId: [world.a.id, world.b.id],
      cohortId: [childGroup, cohort],
      userId: [world.a.trainee.id, world.b.trainee.id, otherChild.id],
      id: [enrolment, attempt],
      questionId: await ids(`SELECT id FROM questions LIMIT 3`),
      code: [...(await ids(`SELECT code AS id FROM certificates`)), code],
      slug: ['safeguarding-children', 'my-rights', 'fuzzed-module'],
      position: ['1', '2'],
      from: ['1', '2'],
      to: ['1', '2'],
      lang: ['fr', 'en'],
      revision: ['0', '1'],
    } as Record<string, string[]>,
  };
}
