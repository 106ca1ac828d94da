import request from 'supertest';
import { signUp } from './session-agent.js';
import type { TestApp } from './test-app.js';

export type Person = Awaited<ReturnType<typeof signUp>>;

/** Two organisations, each with an admin, a trainer and a trainee, plus a platform admin and an outsider. */
export async function twoOrganisations(testApp: TestApp) {
  const admin = await signUp(testApp);
  await testApp.dataSource.query(`UPDATE users SET platform_role = 'admin' WHERE id = $1`, [admin.id]);
  const create = async (name: string) =>
    (await request(testApp.http).post('/api/organisations').set('Cookie', admin.cookie).send({ name, kind: 'training_centre', country: 'sn' }).expect(201)).body.id as string;
  const organisation = async (name: string) => {
    const id = await create(name);
    const people: Record<'orgAdmin' | 'trainer' | 'trainee', Person> = {
      orgAdmin: await signUp(testApp),
      trainer: await signUp(testApp),
      trainee: await signUp(testApp),
    };
    for (const [role, person] of [['org_admin', people.orgAdmin], ['trainer', people.trainer], ['trainee', people.trainee]] as const) {
      await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)`, [person.id, id, role]);
    }
    return { id, ...people };
  };
  return { admin, outsider: await signUp(testApp), a: await organisation('École A'), b: await organisation('Centre B') };
}

/**
 * `person` joins the organisation the only way there is: its admin invites their address (into `cohortId` through a
 * roster import when given), and they accept while logged in. Returns the invitation's id.
 */
export async function inviteAndAccept(testApp: TestApp, organisationId: string, adminCookie: string, person: Person, options: { role?: string; cohortId?: string } = {}) {
  const http = () => request(testApp.http);
  if (options.cohortId) {
    await http()
      .post(`/api/organisations/${organisationId}/cohorts/${options.cohortId}/roster`)
      .set('Cookie', adminCookie)
      .set('Content-Type', 'text/csv')
      .send(Buffer.from(`name,email\nSomeone,${person.email}\n`))
      .expect(200);
  } else {
    await http().post(`/api/organisations/${organisationId}/members`).set('Cookie', adminCookie).send({ email: person.email, role: options.role ?? 'trainee' }).expect(201);
  }
  const mine = (await http().get('/api/me/invitations').set('Cookie', person.cookie).expect(200)).body.items as { id: string }[];
  const id = mine[0].id;
  await http().post(`/api/me/invitations/${id}/accept`).set('Cookie', person.cookie).expect(204);
  return id;
}
