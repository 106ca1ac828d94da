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
      `SELECT (SELECT count(*)::int FROM cohorts) AS cohorts, (SELECT count(*)::int FROM cohort_members) AS members`,
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
});
