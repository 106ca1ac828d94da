import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { inviteAndAccept, twoOrganisations, type Person } from './support/organisation-fixture.js';
import { pdfText } from './support/pdf-text.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * An org admin who controls every other member of a cohort (accounts of their own, values they know) tries to read one
 * person's self-declared gender from the breakdown, by subtraction or by comparing two cohorts that differ by that person.
 * The breakdown must come out the same whatever that person declared.
 */
describe('breakdowns cannot be used to learn one person’s declared value', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  let target: Person;
  const puppets: Person[] = [];
  let withTarget: string;
  let withoutTarget: string;
  const http = () => request(testApp.http);
  const cohortPath = (cohortId: string) => `/api/organisations/${world.a.id}/cohorts/${cohortId}`;
  const breakdowns = async (cohortId: string) => {
    const { body } = await http().get(`${cohortPath(cohortId)}/dashboard`).set('Cookie', world.a.orgAdmin.cookie).expect(200);
    return { bySector: body.bySector, byGender: body.byGender };
  };
  // Two worlds that differ only by what the target declared, with the same draw of their randomised answer.
  const TARGET_SEED = (2 << 1) | 1;
  const declare = async (gender: string) => {
    await http().patch('/api/me').set('Cookie', target.cookie).send({ gender }).expect(200);
    await testApp.dataSource.query(`UPDATE users SET breakdown_seed = $2 WHERE id = $1`, [target.id, TARGET_SEED]);
  };
  const seedOf = async (id: string) => (await testApp.dataSource.query(`SELECT breakdown_seed AS seed FROM users WHERE id = $1`, [id]))[0].seed as number;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
    const cohort = async (name: string) =>
      (await http().post(`/api/organisations/${world.a.id}/cohorts`).set('Cookie', world.a.orgAdmin.cookie).send({ name, moduleSlugs: ['my-rights'] }).expect(201)).body.id as string;
    withTarget = await cohort('Avec la cible');
    withoutTarget = await cohort('Sans la cible');
    // Five accounts of the admin's own, all "women" in the police, whose answers are kept as declared: the admin knows their part exactly.
    for (let i = 0; i < 5; i++) {
      const puppet = await signUp(testApp);
      await http().patch('/api/me').set('Cookie', puppet.cookie).send({ gender: 'woman', sector: 'police' }).expect(200);
      await inviteAndAccept(testApp, world.a.id, world.a.orgAdmin.cookie, puppet, { cohortId: withTarget });
      await http().post(`${cohortPath(withoutTarget)}/members`).set('Cookie', world.a.orgAdmin.cookie).send({ userIds: [puppet.id] }).expect(200);
      puppets.push(puppet);
    }
    await testApp.dataSource.query(`UPDATE users SET breakdown_seed = 0 WHERE id = ANY($1)`, [puppets.map((p) => p.id)]);
    target = await signUp(testApp);
    await inviteAndAccept(testApp, world.a.id, world.a.orgAdmin.cookie, target, { cohortId: withTarget });
    // The target's fixed draw: gender replaced by answer 2 of 5 ("another"), whatever they declare.
    await testApp.dataSource.query(`UPDATE users SET breakdown_seed = $2 WHERE id = $1`, [target.id, TARGET_SEED]);
  });
  afterAll(() => testApp.close());

  it('gives the same breakdown by subtraction whether the person declared woman or man', async () => {
    await declare('man');
    const asMan = await breakdowns(withTarget);
    await declare('woman');
    const asWoman = await breakdowns(withTarget);
    expect(asWoman).toEqual(asMan);
    // Subtracting the five known accounts does not give "man" back.
    expect(JSON.stringify(asMan.byGender)).not.toContain('"man"');
  });

  it('gives the same difference between two cohorts that differ by that person only, and the same PDF report', async () => {
    const report = async () => pdfText(Buffer.from((await http().get(`${cohortPath(withTarget)}/report.pdf?lang=en`).set('Cookie', world.a.orgAdmin.cookie).buffer(true).expect(200)).body));
    await declare('man');
    const asMan = { with: await breakdowns(withTarget), without: await breakdowns(withoutTarget), pdf: await report() };
    await declare('woman');
    const asWoman = { with: await breakdowns(withTarget), without: await breakdowns(withoutTarget), pdf: await report() };
    expect(asWoman).toEqual(asMan);
  });

  it('keeps each person’s randomised answer fixed, so asking again tells nothing more', async () => {
    const first = await breakdowns(withTarget);
    for (let i = 0; i < 3; i++) expect(await breakdowns(withTarget)).toEqual(first);
  });

  it('draws the answer again when the declared value changes, and only then', async () => {
    const person = await signUp(testApp);
    await http().patch('/api/me').set('Cookie', person.cookie).send({ gender: 'woman' }).expect(200);
    const before = await seedOf(person.id);
    await http().patch('/api/me').set('Cookie', person.cookie).send({ gender: 'woman', jobTitle: 'Juge des enfants' }).expect(200);
    expect(await seedOf(person.id)).toBe(before);
    const genderBits = async () => (await seedOf(person.id)) & 0x7ff;
    const seen = new Set([await genderBits()]);
    for (const gender of ['man', 'woman', 'man']) {
      await http().patch('/api/me').set('Cookie', person.cookie).send({ gender }).expect(200);
      seen.add(await genderBits());
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('counts a value as not stated unless the person declared it themself (values an organisation imported before invitations)', async () => {
    await testApp.dataSource.query(`UPDATE users SET profile_declared_at = NULL WHERE id = ANY($1)`, [puppets.map((p) => p.id)]);
    const { byGender } = await breakdowns(withTarget);
    expect(byGender.map((g: { group: string }) => g.group)).not.toContain('woman');
    expect(byGender).toEqual([expect.objectContaining({ group: 'suppressed' })]);
  });
});
