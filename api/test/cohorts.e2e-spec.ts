import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { inviteAndAccept, twoOrganisations } from './support/organisation-fixture.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('cohorts', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  let cohortId: string;
  const http = () => request(testApp.http);
  const base = () => `/api/organisations/${world.a.id}/cohorts`;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  it('lets an org admin create a cohort with modules, dates and trainers', async () => {
    const { body } = await http()
      .post(`${base()}?lang=fr`)
      .set('Cookie', world.a.orgAdmin.cookie)
      .send({ name: 'Promotion 2027 — police', moduleSlugs: ['child-rights-in-practice', 'hearing-the-child'], startsOn: '2027-01-10', endsOn: '2027-03-31', trainerIds: [world.a.trainer.id] })
      .expect(201);
    cohortId = body.id;
    expect(body).toMatchObject({
      name: 'Promotion 2027 — police',
      startsOn: '2027-01-10',
      endsOn: '2027-03-31',
      memberCount: 0,
      modules: [{ slug: 'child-rights-in-practice', title: "Les droits de l'enfant en pratique" }, { slug: 'hearing-the-child', title: "Entendre l'enfant" }],
      trainers: [{ userId: world.a.trainer.id }],
    });
  });

  it('refuses unknown modules, reversed dates and trainers who are not trainers, with clear messages', async () => {
    const send = (body: object) => http().post(`${base()}?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send({ name: 'Test', moduleSlugs: ['my-rights'], ...body });
    expect((await send({ moduleSlugs: ['my-rights', 'nope'] }).expect(400)).body.message).toBe('Ces modules ne sont pas publiés : nope.');
    expect((await send({ startsOn: '2027-02-01', endsOn: '2027-01-01' }).expect(400)).body.message).toBe('La date de fin précède la date de début.');
    await send({ trainerIds: [world.a.trainee.id] }).expect(400);
    await send({ trainerIds: [world.b.trainer.id] }).expect(400);
    await send({ startsOn: '31/01/2027' }).expect(400);
  });

  it('shows cohorts to org admins and to the trainers who run them, to nobody else', async () => {
    expect((await http().get(base()).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body.total).toBe(1);
    expect((await http().get(base()).set('Cookie', world.a.trainer.cookie).expect(200)).body.total).toBe(1);
    await http().get(`${base()}/${cohortId}`).set('Cookie', world.a.trainer.cookie).expect(200);
    await http().get(base()).set('Cookie', world.a.trainee.cookie).expect(403);
    await http().get(base()).set('Cookie', world.b.orgAdmin.cookie).expect(404);
    await http().get(`/api/organisations/${world.b.id}/cohorts/${cohortId}`).set('Cookie', world.b.orgAdmin.cookie).expect(404);

    const otherTrainer = await signUp(testApp);
    await inviteAndAccept(testApp, world.a.id, world.a.orgAdmin.cookie, otherTrainer, { role: 'trainer' });
    const cookie = otherTrainer.cookie;
    expect((await http().get(base()).set('Cookie', cookie).expect(200)).body.total).toBe(0);
    await http().get(`${base()}/${cohortId}`).set('Cookie', cookie).expect(404);
  });

  it('adds organisation members and enrols each in every module of the cohort, once', async () => {
    const add = () => http().post(`${base()}/${cohortId}/members`).set('Cookie', world.a.orgAdmin.cookie).send({ userIds: [world.a.trainee.id] });
    expect((await add().expect(200)).body).toEqual({ added: 1, enrolments: 2 });
    expect((await add().expect(200)).body).toEqual({ added: 0, enrolments: 0 });
    const enrolments = (await http().get('/api/me/enrolments').set('Cookie', world.a.trainee.cookie).expect(200)).body.items;
    expect(enrolments.map((e: { moduleSlug: string }) => e.moduleSlug).sort()).toEqual(['child-rights-in-practice', 'hearing-the-child']);

    await http().post(`${base()}/${cohortId}/members`).set('Cookie', world.a.orgAdmin.cookie).send({ userIds: [world.b.trainee.id] }).expect(400);
    await http().post(`${base()}/${cohortId}/members`).set('Cookie', world.a.trainer.cookie).send({ userIds: [world.a.trainee.id] }).expect(403);
    await http().post(`/api/organisations/${world.b.id}/cohorts/${cohortId}/members`).set('Cookie', world.b.orgAdmin.cookie).send({ userIds: [world.b.trainee.id] }).expect(404);
  });

  it('removes a member from the cohort, keeping their progress', async () => {
    await http().delete(`${base()}/${cohortId}/members/${world.a.trainee.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(204);
    await http().delete(`${base()}/${cohortId}/members/${world.a.trainee.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(404);
    expect((await http().get('/api/me/enrolments').set('Cookie', world.a.trainee.cookie).expect(200)).body.items).toHaveLength(2);
  });
});
