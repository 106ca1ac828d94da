import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { inviteAndAccept, twoOrganisations } from './support/organisation-fixture.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Names with accents and Ł sort among their letters (ICU collation), never after Z as byte order puts them. */
describe('names in the order a French or English reader expects', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  let cohortId: string;
  const http = () => request(testApp.http);
  const NAMES = ['Zoé Zadig', 'Ève Zadig', 'Łukasz Zadig', 'Émile Zadig'];
  const EXPECTED = ['Émile Zadig', 'Ève Zadig', 'Łukasz Zadig', 'Zoé Zadig'];
  const admin = () => world.a.orgAdmin.cookie;
  const ours = (names: string[]) => names.filter((name) => name.endsWith(' Zadig'));

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
    cohortId = (await http().post(`/api/organisations/${world.a.id}/cohorts`).set('Cookie', admin()).send({ name: 'Ordre', moduleSlugs: ['my-rights'] }).expect(201)).body.id;
    for (const [at, displayName] of NAMES.entries()) {
      const person = await signUp(testApp, { email: `zadig${at}@example.org`, displayName });
      await inviteAndAccept(testApp, world.a.id, admin(), person, { cohortId });
    }
  });
  afterAll(() => testApp.close());

  it('lists the organisation’s members, the cohort dashboard and the CSV export in collation order', async () => {
    const members = (await http().get(`/api/organisations/${world.a.id}/members?pageSize=50`).set('Cookie', admin()).expect(200)).body.items;
    expect(ours(members.map((m: { displayName: string }) => m.displayName))).toEqual(EXPECTED);
    const dashboard = (await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/dashboard`).set('Cookie', admin()).expect(200)).body;
    expect(dashboard.members.items.map((m: { displayName: string }) => m.displayName)).toEqual(EXPECTED);
    const csv = (await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/dashboard.csv?lang=fr`).set('Cookie', admin()).expect(200)).text;
    expect(csv.slice(1).trim().split('\r\n').slice(1).map((line) => line.split(';')[0])).toEqual(EXPECTED);
  });

  it('lists a cohort’s trainers and a children’s group in collation order', async () => {
    const trainers: string[] = [];
    for (const [at, displayName] of NAMES.entries()) {
      const trainer = await signUp(testApp, { email: `formateur${at}@example.org`, displayName });
      await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainer')`, [trainer.id, world.a.id]);
      trainers.push(trainer.id);
    }
    const cohort = (
      await http().post(`/api/organisations/${world.a.id}/cohorts`).set('Cookie', admin()).send({ name: 'Formateurs', moduleSlugs: ['my-rights'], trainerIds: trainers }).expect(201)
    ).body;
    expect(cohort.trainers.map((t: { displayName: string }) => t.displayName)).toEqual(EXPECTED);

    // A children's group, its accounts made as the children's service makes them (no e-mail).
    const group = (await http().post(`/api/organisations/${world.a.id}/cohorts`).set('Cookie', admin()).send({ name: 'CM2', moduleSlugs: ['my-rights'] }).expect(201)).body.id;
    await testApp.dataSource.query(`UPDATE cohorts SET audience = 'child' WHERE id = $1`, [group]);
    for (const [at, displayName] of NAMES.entries()) {
      const [{ id }] = await testApp.dataSource.query(
        `INSERT INTO users (account_kind, username, display_name, age_band, secret_kind, secret_hash, preferred_language, last_active_at)
         VALUES ('child', $1, $2, '10-12', 'pin', 'x', 'fr', now() - make_interval(days => $3)) RETURNING id`,
        [`enfant-${at}`, displayName, at],
      );
      await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainee')`, [id, world.a.id]);
      await testApp.dataSource.query(`INSERT INTO cohort_members (cohort_id, user_id) VALUES ($1, $2)`, [group, id]);
    }
    const children = (await http().get(`/api/organisations/${world.a.id}/cohorts/${group}/children`).set('Cookie', admin()).expect(200)).body.items;
    expect(children.map((c: { displayName: string }) => c.displayName)).toEqual(EXPECTED);
  });
});
