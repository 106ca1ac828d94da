import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { DemoDataService } from '../src/demo/demo-data.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { sessionCookie } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('demo data (npm start outside production)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
  });
  afterAll(() => testApp.close());

  it('creates the demo accounts and an organisation with a cohort in progress, once', async () => {
    await testApp.app.get(DemoDataService).ensure();
    await testApp.app.get(DemoDataService).ensure();
    const [{ cohorts, members }] = await testApp.dataSource.query(
      `SELECT (SELECT count(*)::int FROM cohorts WHERE audience = 'professional') AS cohorts, (SELECT count(*)::int FROM cohort_members) AS members`,
    );
    expect({ cohorts, members }).toEqual({ cohorts: 1, members: 15 });

    const orgAdmin = DEMO_ACCOUNTS.find((a) => a.organisationRole === 'org_admin')!;
    const login = await request(testApp.http).post('/api/auth/login').send({ email: orgAdmin.email, password: orgAdmin.password }).expect(200);
    const cookie = sessionCookie(login.headers['set-cookie']);
    const [organisation] = login.body.memberships;
    const cohort = (await request(testApp.http).get(`/api/organisations/${organisation.organisationId}/cohorts`).set('Cookie', cookie).expect(200)).body.items[0];
    const dashboard = (await request(testApp.http).get(`/api/organisations/${organisation.organisationId}/cohorts/${cohort.id}/dashboard`).set('Cookie', cookie).expect(200)).body;
    expect(dashboard.totals.members).toBe(15);
    expect(dashboard.totals.started).toBeGreaterThan(5);
    expect(dashboard.bySector.length).toBeGreaterThan(0);
  });

  it("opens a children's group run by the demo trainer, who holds the safeguarding certificate, with a class code a child can join with", async () => {
    const first = await testApp.app.get(DemoDataService).ensure();
    const second = await testApp.app.get(DemoDataService).ensure();
    expect(first.classCode).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(second.classCode).toBe(first.classCode);

    const trainer = DEMO_ACCOUNTS.find((a) => a.organisationRole === 'trainer')!;
    const login = await request(testApp.http).post('/api/auth/login').send({ email: trainer.email, password: trainer.password }).expect(200);
    const cookie = sessionCookie(login.headers['set-cookie']);
    const certificates = (await request(testApp.http).get('/api/me/certificates').set('Cookie', cookie).expect(200)).body.items;
    expect(certificates).toEqual([expect.objectContaining({ moduleSlug: 'safeguarding-children', status: 'valid' })]);
    const organisationId = login.body.memberships[0].organisationId;
    const groups = (await request(testApp.http).get(`/api/organisations/${organisationId}/cohorts`).set('Cookie', cookie).expect(200)).body.items;
    const group = groups.find((c: { audience: string }) => c.audience === 'child');
    expect(group).toMatchObject({ programme: { slug: 'my-rights-journey' }, trainers: [expect.objectContaining({ userId: login.body.id })] });

    const joined = await request(testApp.http)
      .post('/api/children/join')
      .send({ classCode: first.classCode, displayName: 'Nour', secretKind: 'pin', secret: '2580', language: 'fr' })
      .expect(201);
    expect(joined.body.me).toMatchObject({ accountKind: 'child', email: null, consentRecorded: false });
  });
});
