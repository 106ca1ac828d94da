import { RequestMethod } from '@nestjs/common';
import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { completeModule } from './support/complete-module.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { routeHandlers } from './support/route-handlers.js';
import { sessionCookie } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Child {
  id: string;
  username: string;
  cookie: string;
  displayName: string;
}

/** Every table's rows as text, to prove a value is held nowhere. */
async function tablesHolding(testApp: TestApp, needle: string): Promise<string[]> {
  const tables: { table_name: string }[] = await testApp.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ILIKE $1`, [`%${needle}%`]);
    if (row.n > 0) found.push(table_name);
  }
  return found;
}

describe("children's data: what a child can reach, feedback, export and deletion", () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  let groupId: string;
  let code: string;
  let zephyrine: Child;
  let other: Child;
  const http = () => request(testApp.http);
  const group = () => `/api/organisations/${world.a.id}/cohorts/${groupId}`;
  const children = () => `/api/organisations/${world.a.id}/children`;

  const joinAs = async (displayName: string, withConsent = true): Promise<Child> => {
    const response = await http().post('/api/children/join').send({ classCode: code, displayName, secretKind: 'pin', secret: '2468', language: 'fr' }).expect(201);
    const child = { id: response.body.me.id, username: response.body.username, cookie: sessionCookie(response.headers['set-cookie']), displayName };
    if (withConsent) await http().put(`${children()}/${child.id}/consent`).set('Cookie', world.a.trainer.cookie).expect(200);
    return child;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
    await completeModule(testApp, world.a.trainer.cookie, 'safeguarding-children');
    groupId = (
      await http()
        .post(`/api/organisations/${world.a.id}/cohorts`)
        .set('Cookie', world.a.orgAdmin.cookie)
        .send({ name: 'Club des droits', audience: 'child', moduleSlugs: ['my-rights', 'staying-safe'], trainerIds: [world.a.trainer.id] })
        .expect(201)
    ).body.id;
    code = (await http().post(`${group()}/class-code`).set('Cookie', world.a.trainer.cookie).expect(201)).body.code;
    zephyrine = await joinAs('Zéphyrine');
    other = await joinAs('Oscarine');
    await completeModule(testApp, other.cookie, 'my-rights');
    await completeModule(testApp, zephyrine.cookie, 'my-rights');
  });
  afterAll(() => testApp.close());

  it('walks every route as a child: no one else’s name, username, id or score comes back', async () => {
    const otherEnrolment = (await testApp.dataSource.query(`SELECT id FROM enrolments WHERE user_id = $1 LIMIT 1`, [other.id]))[0].id;
    const otherAttempt = (await testApp.dataSource.query(`SELECT id FROM attempts WHERE user_id = $1 LIMIT 1`, [other.id]))[0].id;
    const otherCertificate = (await testApp.dataSource.query(`SELECT code FROM certificates WHERE user_id = $1 LIMIT 1`, [other.id]))[0].code;
    const values: Record<string, string> = {
      organisationId: world.a.id,
      cohortId: groupId,
      userId: other.id,
      id: otherEnrolment,
      attemptId: otherAttempt,
      code: otherCertificate,
      slug: 'my-rights',
      position: '1',
      questionId: '00000000-0000-4000-8000-000000000000',
      feedbackId: '00000000-0000-4000-8000-000000000000',
    };
    const secrets = [other.displayName, other.username, other.id, world.a.trainee.displayName, world.a.trainee.email, world.a.orgAdmin.displayName];
    const leaks: string[] = [];
    let walked = 0;
    for (const route of routeHandlers(testApp)) {
      const path = route.path.replace(/:(\w+)/g, (_, param: string) => encodeURIComponent(values[param] ?? values.id));
      // Public verification by code shows the holder's name to anyone who has the code: that is its purpose.
      if (path.startsWith('/api/certificates/verify')) continue;
      if (path === '/api/auth/logout') continue;
      // The caught mail is a development tool that shows every message to anyone on this machine; production has no such route (routes.e2e-spec.ts).
      if (path === '/api/dev/mail') continue;
      const verb = RequestMethod[route.method].toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      const response = await http()[verb](path).set('Cookie', zephyrine.cookie).send({});
      walked++;
      const text = JSON.stringify(response.body ?? '') + (response.text ?? '');
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${RequestMethod[route.method]} ${path} (${response.status}) shows ${secret}`);
      if (response.status >= 500) leaks.push(`${RequestMethod[route.method]} ${path} answered ${response.status}`);
    }
    expect(walked).toBeGreaterThan(40);
    expect(leaks).toEqual([]);
  });

  it('refuses children every organisation, cohort, report and member route with 403', async () => {
    for (const path of [
      '/api/organisations',
      `/api/organisations/${world.a.id}`,
      `/api/organisations/${world.a.id}/members`,
      `/api/organisations/${world.a.id}/cohorts`,
      `${group()}`,
      `${group()}/dashboard`,
      `${group()}/members/${other.id}`,
      `${group()}/dashboard.csv`,
      `${group()}/report.pdf`,
      `${children()}`,
      `${children()}/${other.id}/export`,
      `/api/organisations/${world.a.id}/feedback/summary`,
    ]) {
      const response = await http().get(path).set('Cookie', zephyrine.cookie);
      expect([path, response.status]).toEqual([path, 403]);
    }
    await http().get('/api/children/me').set('Cookie', world.a.trainee.cookie).expect(403);
    await http().post('/api/children/feedback').set('Cookie', world.a.trainee.cookie).send({ moduleSlug: 'my-rights', face: 'happy' }).expect(403);
  });

  describe('feedback', () => {
    it('is given once per completed module, without anything linking it to the child', async () => {
      await http()
        .post('/api/children/feedback')
        .set('Cookie', zephyrine.cookie)
        .send({ moduleSlug: 'my-rights', face: 'happy', text: "J'ai aimé ! écris-moi à zeph@example.org ou au 06 12 34 56 78" })
        .expect(204);
      const again = await http().post('/api/children/feedback?lang=fr').set('Cookie', zephyrine.cookie).send({ moduleSlug: 'my-rights', face: 'sad' }).expect(409);
      expect(again.body.message).toBe('Tu as déjà donné ton avis sur ce module. Merci !');
      const early = await http().post('/api/children/feedback?lang=fr').set('Cookie', zephyrine.cookie).send({ moduleSlug: 'staying-safe', face: 'sad' }).expect(409);
      expect(early.body.message).toBe('Tu pourras donner ton avis quand tu auras fini ce module.');
      await http().post('/api/children/feedback').set('Cookie', zephyrine.cookie).send({ moduleSlug: 'my-rights', face: 'angry' }).expect(400);
      await http().post('/api/children/feedback').set('Cookie', other.cookie).send({ moduleSlug: 'my-rights', face: 'neutral', text: 'x'.repeat(501) }).expect(400);

      const columns = (await testApp.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'module_feedback'`)).map(
        (c: { column_name: string }) => c.column_name,
      );
      expect(columns.some((c: string) => /user/.test(c))).toBe(false);
      const [row] = await testApp.dataSource.query(`SELECT * FROM module_feedback`);
      expect(row.text).toBe("J'ai aimé ! écris-moi à […] ou au […]");
      expect(row.moderation_status).toBe('pending');
    });

    it('shows trainers only aggregates, from five responses up, with approved texts only', async () => {
      const summary = async () => (await http().get(`/api/organisations/${world.a.id}/feedback/summary?lang=fr`).set('Cookie', world.a.trainer.cookie).expect(200)).body;
      expect((await summary()).modules).toEqual([{ moduleSlug: 'my-rights', moduleTitle: expect.any(String), responses: 1, suppressed: true, faces: null, texts: [] }]);
      await http().post('/api/children/feedback').set('Cookie', other.cookie).send({ moduleSlug: 'my-rights', face: 'sad', text: 'Trop long' }).expect(204);
      const [moduleRow] = await testApp.dataSource.query(`SELECT id FROM modules WHERE slug = 'my-rights'`);
      for (const face of ['happy', 'happy', 'neutral']) {
        await testApp.dataSource.query(`INSERT INTO module_feedback (module_id, organisation_id, cohort_id, face, moderation_status) VALUES ($1, $2, $3, $4, 'approved')`, [
          moduleRow.id,
          world.a.id,
          groupId,
          face,
        ]);
      }
      expect((await summary()).modules[0]).toMatchObject({ responses: 5, suppressed: false, faces: { happy: 3, neutral: 1, sad: 1 }, texts: [] });

      await http().get(`/api/organisations/${world.a.id}/feedback`).set('Cookie', world.a.trainer.cookie).expect(403);
      await http().get(`/api/organisations/${world.a.id}/feedback`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      const pending = (await http().get(`/api/organisations/${world.a.id}/feedback`).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body;
      expect(pending.total).toBe(2);
      expect(JSON.stringify(pending)).not.toContain('Zéphyrine');
      const keep = pending.items.find((item: { text: string }) => item.text === 'Trop long');
      const drop = pending.items.find((item: { text: string }) => item.text !== 'Trop long');
      await http().post(`/api/organisations/${world.a.id}/feedback/${keep.id}/moderation`).set('Cookie', world.a.trainer.cookie).send({ status: 'approved' }).expect(403);
      await http().post(`/api/organisations/${world.b.id}/feedback/${keep.id}/moderation`).set('Cookie', world.b.orgAdmin.cookie).send({ status: 'approved' }).expect(404);
      await http().post(`/api/organisations/${world.a.id}/feedback/${keep.id}/moderation`).set('Cookie', world.a.orgAdmin.cookie).send({ status: 'approved' }).expect(204);
      await http().post(`/api/organisations/${world.a.id}/feedback/${drop.id}/moderation`).set('Cookie', world.a.orgAdmin.cookie).send({ status: 'rejected' }).expect(204);
      await http().post(`/api/organisations/${world.a.id}/feedback/${drop.id}/moderation`).set('Cookie', world.a.orgAdmin.cookie).send({ status: 'maybe' }).expect(400);
      expect((await summary()).modules[0]).toMatchObject({ responses: 5, faces: { happy: 3, neutral: 1, sad: 1 }, texts: ['Trop long'] });
      expect((await http().get(`/api/organisations/${world.b.id}/feedback/summary`).set('Cookie', world.b.trainer.cookie).expect(200)).body.modules).toEqual([]);
    });
  });

  describe('export, deletion and the inactivity flag', () => {
    it('lists the organisation’s children for the org admin, flagging a year without activity', async () => {
      await testApp.dataSource.query(`UPDATE users SET last_active_at = now() - interval '13 months' WHERE id = $1`, [other.id]);
      const { body } = await http().get(children()).set('Cookie', world.a.orgAdmin.cookie).expect(200);
      expect(body.total).toBe(2);
      expect(body.items[0]).toMatchObject({ userId: other.id, inactiveForAYear: true, consentRecorded: true, groups: [{ cohortId: groupId }] });
      expect(body.items[1]).toMatchObject({ userId: zephyrine.id, inactiveForAYear: false });
      await http().get(children()).set('Cookie', world.a.trainer.cookie).expect(403);
      await http().get(children()).set('Cookie', world.b.orgAdmin.cookie).expect(404);
    });

    it('exports everything held about a child, without the secret’s hash, to the org admin only', async () => {
      await http().get(`${children()}/${zephyrine.id}/export`).set('Cookie', world.a.trainer.cookie).expect(403);
      await http().get(`/api/organisations/${world.b.id}/children/${zephyrine.id}/export`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      await http().get(`${children()}/${world.a.trainee.id}/export`).set('Cookie', world.a.orgAdmin.cookie).expect(404);
      const { body } = await http().get(`${children()}/${zephyrine.id}/export`).set('Cookie', world.a.orgAdmin.cookie).expect(200);
      expect(body.account).toMatchObject({ id: zephyrine.id, username: zephyrine.username, displayName: 'Zéphyrine', accountKind: 'child', secretKind: 'pin' });
      expect(body.consent).toMatchObject({ recordedBy: world.a.trainer.id });
      expect(body.memberships).toEqual([expect.objectContaining({ organisationId: world.a.id, role: 'trainee' })]);
      expect(body.groups).toEqual([expect.objectContaining({ cohortId: groupId, name: 'Club des droits' })]);
      expect(body.enrolments.map((e: { moduleSlug: string }) => e.moduleSlug).sort()).toEqual(['my-rights', 'staying-safe']);
      expect(body.lessonReads.length).toBeGreaterThan(0);
      expect(body.attempts[0]).toMatchObject({ status: 'submitted', passed: true, answers: expect.any(Object) });
      expect(body.certificates).toEqual([expect.objectContaining({ moduleSlug: 'my-rights', holderName: 'Zéphyrine' })]);
      expect(body.sessions.length).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toMatch(/argon2|secretHash|secret_hash/);
    });

    it('deletes everything that identifies the child and keeps the anonymous figures', async () => {
      const dashboard = async () => (await http().get(`${group()}/dashboard`).set('Cookie', world.a.trainer.cookie).expect(200)).body;
      const before = await dashboard();
      expect(await tablesHolding(testApp, 'Zéphyrine')).not.toEqual([]);
      await http().delete(`${children()}/${zephyrine.id}`).set('Cookie', world.a.trainer.cookie).expect(403);
      await http().delete(`/api/organisations/${world.b.id}/children/${zephyrine.id}`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      await http().delete(`${children()}/${zephyrine.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(204);

      expect(await tablesHolding(testApp, 'Zéphyrine')).toEqual([]);
      expect(await tablesHolding(testApp, zephyrine.username)).toEqual([]);
      expect(await testApp.dataSource.query(`SELECT * FROM child_consents WHERE user_id = $1`, [zephyrine.id])).toEqual([]);
      expect(await testApp.dataSource.query(`SELECT * FROM sessions WHERE user_id = $1`, [zephyrine.id])).toEqual([]);
      const [tombstone] = await testApp.dataSource.query(`SELECT username, age_band, secret_hash, secret_kind, email FROM users WHERE id = $1`, [zephyrine.id]);
      expect(tombstone).toEqual({ username: null, age_band: null, secret_hash: null, secret_kind: null, email: null });

      const after = await dashboard();
      expect(after.totals).toEqual(before.totals);
      await http().get('/api/children/me').set('Cookie', zephyrine.cookie).expect(401);
      await http().post('/api/children/login').send({ username: zephyrine.username, secret: '2468' }).expect(401);
      await http().delete(`${children()}/${zephyrine.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(404);
      expect((await http().get(children()).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body.total).toBe(1);
    });
  });

  // Last: it spends this address's allowance of joins.
  it('limits class-code joins per address', async () => {
    let status = 0;
    for (let i = 0; i < 61 && status !== 429; i++) {
      status = (await http().post('/api/children/join').send({ classCode: 'ZZZ-ZZZ', displayName: 'X', secretKind: 'pin', secret: '1234', language: 'en' })).status;
    }
    expect(status).toBe(429);
    await http().post('/api/children/join').send({ classCode: code, displayName: 'Late', secretKind: 'pin', secret: '1234', language: 'en' }).expect(429);
  });
});
