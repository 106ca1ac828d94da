import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { answersFor } from './support/answers.js';
import { completeModule } from './support/complete-module.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { inviteAndAccept, twoOrganisations } from './support/organisation-fixture.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('joining an organisation only by accepting its invitation', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  const http = () => request(testApp.http);
  const orgB = () => `/api/organisations/${world.b.id}`;
  const newCohort = async (organisationId: string, cookie: string, moduleSlugs: string[]) =>
    (await http().post(`/api/organisations/${organisationId}/cohorts`).set('Cookie', cookie).send({ name: `Cohorte ${Math.random()}`, moduleSlugs }).expect(201)).body.id as string;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  it("gives another organisation's admin nothing of an existing account: same answer as for an unknown address, no name, no progress, no cohort", async () => {
    const victim = world.a.trainee;
    await completeModule(testApp, victim.cookie, 'my-rights');
    const invite = (email: string) => http().post(`${orgB()}/members`).set('Cookie', world.b.orgAdmin.cookie).send({ email, role: 'trainee' }).expect(201);
    const existing = (await invite(victim.email.toUpperCase())).body;
    const unknown = (await invite(`nobody.${Date.now()}@example.org`)).body;
    const shape = (body: { invitation: object; link: string }) => ({ keys: Object.keys(body).sort(), invitation: Object.keys(body.invitation).sort(), status: (body.invitation as { status: string }).status });
    expect(shape(existing)).toEqual(shape(unknown));
    expect(existing.invitation).toMatchObject({ email: victim.email.toLowerCase(), role: 'trainee', status: 'invited' });
    expect(JSON.stringify(existing)).not.toContain(victim.displayName);
    expect(existing.link).toMatch(/\/invitation\/[\w-]{40,}$/);

    // Not a member: not listed, cannot be put in a cohort, no dashboard row or learner detail.
    const members = (await http().get(`${orgB()}/members`).set('Cookie', world.b.orgAdmin.cookie).expect(200)).body;
    expect(members.items.map((m: { userId: string }) => m.userId)).not.toContain(victim.id);
    const listed = (await http().get(`${orgB()}/invitations`).set('Cookie', world.b.orgAdmin.cookie).expect(200)).body.items;
    expect(listed.find((i: { email: string }) => i.email === victim.email.toLowerCase())).toEqual(expect.objectContaining({ status: 'invited', cohortName: null }));
    const cohortId = await newCohort(world.b.id, world.b.orgAdmin.cookie, ['my-rights']);
    await http().post(`${orgB()}/cohorts/${cohortId}/members`).set('Cookie', world.b.orgAdmin.cookie).send({ userIds: [victim.id] }).expect(400);
    await http().get(`${orgB()}/cohorts/${cohortId}/members/${victim.id}`).set('Cookie', world.b.orgAdmin.cookie).expect(404);

    // The old takeover: no password link can be had for an existing account.
    await http().post('/api/auth/invitations/accept').send({ token: existing.link.split('/').pop(), password: 'taken over at last' }).expect(400);
    await http().post('/api/auth/login').send({ email: victim.email, password: victim.password }).expect(200);
  });

  it('shows the invited person the invitation when logged in; declining is not told to the organisation', async () => {
    const person = await signUp(testApp);
    await http().post(`${orgB()}/members`).set('Cookie', world.b.orgAdmin.cookie).send({ email: person.email, role: 'trainer' }).expect(201);
    const mine = (await http().get('/api/me/invitations').set('Cookie', person.cookie).expect(200)).body.items;
    expect(mine).toEqual([expect.objectContaining({ organisationName: 'Centre B', role: 'trainer', cohortName: null })]);
    // Someone else cannot answer it.
    await http().post(`/api/me/invitations/${mine[0].id}/accept?lang=fr`).set('Cookie', world.outsider.cookie).expect(404);
    await http().post(`/api/me/invitations/${mine[0].id}/decline`).set('Cookie', person.cookie).expect(204);
    expect((await http().get('/api/me/invitations').set('Cookie', person.cookie).expect(200)).body.items).toEqual([]);
    const listed = (await http().get(`${orgB()}/invitations`).set('Cookie', world.b.orgAdmin.cookie).expect(200)).body.items;
    expect(listed.find((i: { email: string }) => i.email === person.email)).toMatchObject({ status: 'invited' });
    const again = await http().post(`${orgB()}/members?lang=fr`).set('Cookie', world.b.orgAdmin.cookie).send({ email: person.email, role: 'trainer' }).expect(409);
    expect(again.body).toEqual({ statusCode: 409, error: 'Conflict', message: 'Cette adresse est déjà invitée et n’a pas encore répondu.' });
    await http().post(`/api/me/invitations/${mine[0].id}/accept`).set('Cookie', person.cookie).expect(404);
    await http().get(`${orgB()}`).set('Cookie', person.cookie).expect(404);
  });

  it('lets a newcomer create their account from the link, then accept, and withdraws invitations on request', async () => {
    const email = `newcomer.${Date.now()}@example.org`;
    const { link } = (await http().post(`${orgB()}/members`).set('Cookie', world.b.orgAdmin.cookie).send({ email, role: 'trainee' }).expect(201)).body;
    const token = link.split('/').pop();
    expect((await http().get(`/api/invitations/${token}`).expect(200)).body).toEqual({ kind: 'organisation', organisationName: 'Centre B', email });
    await http().get('/api/invitations/not-a-real-token-at-all-0000000000?lang=fr').expect(400);
    const newcomer = await signUp(testApp, { email });
    await inviteAndAcceptExisting(newcomer.cookie);
    expect((await http().get(orgB()).set('Cookie', newcomer.cookie).expect(200)).body.myRole).toBe('trainee');

    const other = `withdrawn.${Date.now()}@example.org`;
    const made = (await http().post(`${orgB()}/members`).set('Cookie', world.b.orgAdmin.cookie).send({ email: other, role: 'trainee' }).expect(201)).body;
    await http().delete(`${orgB()}/invitations/${made.invitation.id}`).set('Cookie', world.b.trainer.cookie).expect(403);
    await http().delete(`/api/organisations/${world.a.id}/invitations/${made.invitation.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(404);
    await http().delete(`${orgB()}/invitations/${made.invitation.id}`).set('Cookie', world.b.orgAdmin.cookie).expect(204);
    const late = await signUp(testApp, { email: other });
    expect((await http().get('/api/me/invitations').set('Cookie', late.cookie).expect(200)).body.items).toEqual([]);
  });

  async function inviteAndAcceptExisting(cookie: string) {
    const [invitation] = (await http().get('/api/me/invitations').set('Cookie', cookie).expect(200)).body.items;
    await http().post(`/api/me/invitations/${invitation.id}/accept`).set('Cookie', cookie).expect(204);
  }

  it('shows an organisation only the learning its cohort assigned since the person joined it: dashboard, detail, CSV, competencies', async () => {
    const person = await signUp(testApp, { displayName: 'Zoé Avant' });
    // Before joining: my-rights completed (attempt, certificate), for another organisation or on their own.
    await completeModule(testApp, person.cookie, 'my-rights');
    const cohortId = await newCohort(world.b.id, world.b.orgAdmin.cookie, ['my-rights', 'staying-safe']);
    await inviteAndAccept(testApp, world.b.id, world.b.orgAdmin.cookie, person, { cohortId });
    // After joining: one lesson and a failed attempt on staying-safe, and an attempt on a module this cohort does not follow.
    const enrolments = (await http().get('/api/me/enrolments').set('Cookie', person.cookie).expect(200)).body.items;
    const safe = enrolments.find((e: { moduleSlug: string }) => e.moduleSlug === 'staying-safe');
    await http().put(`/api/enrolments/${safe.id}/lessons/1/read`).set('Cookie', person.cookie).expect(204);
    await submitAttempt(person.cookie, safe.id);
    const elsewhere = (await http().post('/api/modules/hearing-the-child/enrolments').set('Cookie', person.cookie).expect(201)).body;
    await submitAttempt(person.cookie, elsewhere.id);

    const base = `${orgB()}/cohorts/${cohortId}`;
    const dashboard = (await http().get(`${base}/dashboard`).set('Cookie', world.b.orgAdmin.cookie).expect(200)).body;
    expect(dashboard.totals).toMatchObject({ members: 1, started: 1, completed: 0, certified: 0 });
    const [row] = dashboard.members.items;
    expect(row.modules[0]).toMatchObject({ slug: 'my-rights', enrolled: true, lessonsRead: 0, attempts: 0, bestScore: null, passed: false, completed: false, certificate: 'none' });
    expect(row.modules[1]).toMatchObject({ slug: 'staying-safe', lessonsRead: 1, attempts: 1 });
    expect(dashboard.competencies.find((c: { code: string }) => c.code === 'C1')).toMatchObject({ answers: 0 });

    const detail = (await http().get(`${base}/members/${person.id}`).set('Cookie', world.b.orgAdmin.cookie).expect(200)).body;
    expect(detail.attempts.map((a: { moduleSlug: string }) => a.moduleSlug)).toEqual(['staying-safe']);

    const csv = (await http().get(`${base}/dashboard.csv?lang=en`).set('Cookie', world.b.orgAdmin.cookie).expect(200)).text;
    expect(csv.slice(1).split('\r\n')[1]).toMatch(/^Zoé Avant,[^,]+,0\/4,,not started,none,1\/\d+,\d+,in progress,none$/);
  });

  it('stops showing someone who leaves the organisation in its cohorts', async () => {
    const person = await signUp(testApp);
    const cohortId = await newCohort(world.b.id, world.b.orgAdmin.cookie, ['my-rights']);
    await inviteAndAccept(testApp, world.b.id, world.b.orgAdmin.cookie, person, { cohortId });
    const dashboard = () => http().get(`${orgB()}/cohorts/${cohortId}/dashboard`).set('Cookie', world.b.orgAdmin.cookie).expect(200);
    expect((await dashboard()).body.totals.members).toBe(1);
    await http().delete(`${orgB()}/members/${person.id}`).set('Cookie', world.b.orgAdmin.cookie).expect(204);
    expect((await dashboard()).body.totals.members).toBe(0);
    await http().get(`${orgB()}/cohorts/${cohortId}/members/${person.id}`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
  });

  async function submitAttempt(cookie: string, enrolmentId: string) {
    const started = (await http().post(`/api/enrolments/${enrolmentId}/attempts`).set('Cookie', cookie).expect(201)).body;
    const answers = await answersFor(testApp.dataSource, started.id, 'wrong');
    await http().post(`/api/attempts/${started.id}/submit`).set('Cookie', cookie).send({ submissionKey: `k-${started.id}`, answers }).expect(200);
  }
});
