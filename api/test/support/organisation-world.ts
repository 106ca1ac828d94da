import request from 'supertest';
import { completeModule } from './complete-module.js';
import { twoOrganisations, type Person } from './organisation-fixture.js';
import { sessionCookie, signUp } from './session-agent.js';
import type { TestApp } from './test-app.js';

/** One of each object an organisation route can name, all belonging to one organisation. */
export interface OrganisationSamples {
  organisationId: string;
  /** A professional cohort: run by `trainerId`, with `traineeId` as a member. */
  cohortId: string;
  /** A children's group: run by `trainerId` (who holds the safeguarding certificate), with a class code and `childId`. */
  groupId: string;
  traineeId: string;
  trainerId: string;
  /** A child of the group, consent recorded. */
  childId: string;
  /** A child's feedback with a text, waiting for moderation. */
  feedbackId: string;
  /** An invitation to join the organisation, not answered yet. */
  invitationId: string;
}

export type World = Awaited<ReturnType<typeof organisationWorld>>;

/**
 * Two organisations (see `twoOrganisations`), each with the samples above; plus a trainer of A who runs nothing
 * and a logged-in child of A's group (username and PIN, as children log in).
 */
export async function organisationWorld(testApp: TestApp) {
  const people = await twoOrganisations(testApp);
  const http = () => request(testApp.http);
  const samples = async (org: typeof people.a): Promise<OrganisationSamples & { child: { username: string; pin: string } }> => {
    const base = `/api/organisations/${org.id}`;
    const post = (path: string, body: object, cookie = org.orgAdmin.cookie) => http().post(`${base}${path}`).set('Cookie', cookie).send(body);
    await completeModule(testApp, org.trainer.cookie, 'safeguarding-children');
    const cohortId = (await post('/cohorts', { name: 'Promotion', moduleSlugs: ['hearing-the-child'], trainerIds: [org.trainer.id] }).expect(201)).body.id;
    await post(`/cohorts/${cohortId}/members`, { userIds: [org.trainee.id] }).expect(200);
    const groupId = (await post('/cohorts', { name: 'Club des droits', audience: 'child', moduleSlugs: ['my-rights'], trainerIds: [org.trainer.id] }).expect(201)).body.id;
    await post(`/cohorts/${groupId}/class-code`, {}, org.trainer.cookie).expect(201);
    const [child] = (await post(`/cohorts/${groupId}/children`, { children: [{ displayName: 'Lina' }] }, org.trainer.cookie).expect(201)).body.children;
    await http().put(`${base}/children/${child.userId}/consent`).set('Cookie', org.trainer.cookie).expect(200);
    const [{ id: feedbackId }] = await testApp.dataSource.query(
      `INSERT INTO module_feedback (module_id, organisation_id, cohort_id, face, text, moderation_status)
       SELECT id, $1, $2, 'happy', 'On a bien appris', 'pending' FROM modules WHERE slug = 'my-rights' RETURNING id`,
      [org.id, groupId],
    );
    const invitationId = (await post('/members', { email: `invited.${org.id}@example.org`, role: 'trainee' }).expect(201)).body.invitation.id;
    return { organisationId: org.id, cohortId, groupId, traineeId: org.trainee.id, trainerId: org.trainer.id, childId: child.userId, feedbackId, invitationId, child };
  };
  const a = await samples(people.a);
  const b = await samples(people.b);
  const bystander = await member(testApp, a.organisationId, 'trainer');
  const login = await http().post('/api/children/login').send({ username: a.child.username, secret: a.child.pin }).expect(200);
  const child = { id: a.childId, displayName: 'Lina', cookie: sessionCookie(login.headers['set-cookie']) };
  return { ...people, samples: { a, b }, bystander, child };
}

/** A new adult account with this role in the organisation. */
export async function member(testApp: TestApp, organisationId: string, role: 'org_admin' | 'trainer' | 'trainee'): Promise<Person> {
  const person = await signUp(testApp);
  await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)`, [person.id, organisationId, role]);
  return person;
}

/** A new child in organisation A's sample group, consent recorded; returns its id. */
export async function newChild(testApp: TestApp, world: World): Promise<string> {
  const cookie = world.a.orgAdmin.cookie;
  const samples = world.samples.a;
  const base = `/api/organisations/${samples.organisationId}`;
  const created = await request(testApp.http).post(`${base}/cohorts/${samples.groupId}/children`).set('Cookie', cookie).send({ children: [{ displayName: 'Noé' }] }).expect(201);
  const childId = created.body.children[0].userId as string;
  await request(testApp.http).put(`${base}/children/${childId}/consent`).set('Cookie', cookie).expect(200);
  return childId;
}

/**
 * Every row of every table except the session stamps, one hash a table: a refused call must leave it as it was.
 * (`last_seen_at` and a child's `last_active_at` move whenever a session is used, refused or not.)
 */
export async function databaseFingerprint(testApp: TestApp): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await testApp.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('sessions', 'rate_limits', 'migrations') ORDER BY 1`,
  );
  const hashes = tables.map(
    ({ table_name }) =>
      `SELECT '${table_name}' AS t, md5(COALESCE(string_agg((to_jsonb(x) - 'last_active_at')::text, '|' ORDER BY (to_jsonb(x) - 'last_active_at')::text), '')) AS h FROM "${table_name}" x`,
  );
  const rows: { t: string; h: string }[] = await testApp.dataSource.query(hashes.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.t, row.h]));
}
