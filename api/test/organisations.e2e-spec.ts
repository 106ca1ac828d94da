import request from 'supertest';
import { twoOrganisations } from './support/organisation-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('organisations and members', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  const http = () => request(testApp.http);

  beforeAll(async () => {
    testApp = await createTestApp();
    world = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  it('lets only a platform admin create an organisation', async () => {
    await http().post('/api/organisations').set('Cookie', world.a.orgAdmin.cookie).send({ name: 'Mine', kind: 'school' }).expect(403);
    await http().post('/api/organisations').send({ name: 'Mine', kind: 'school' }).expect(401);
    const bad = await http().post('/api/organisations?lang=fr').set('Cookie', world.admin.cookie).send({ name: 'X', kind: 'club' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['kind', 'name']);
  });

  it('lists my organisations only, and every one for a platform admin', async () => {
    const mine = (await http().get('/api/organisations').set('Cookie', world.a.trainer.cookie).expect(200)).body;
    expect(mine.items).toEqual([expect.objectContaining({ id: world.a.id, myRole: 'trainer', country: 'SN', memberCount: 3 })]);
    const all = (await http().get('/api/organisations').set('Cookie', world.admin.cookie).expect(200)).body;
    expect(all.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([world.a.id, world.b.id]));
    expect((await http().get('/api/organisations').set('Cookie', world.outsider.cookie).expect(200)).body.items).toEqual([]);
  });

  it('lets only its own org admins remove a member, and platform admins see every organisation', async () => {
    const remove = (cookie: string, org = world.a.id) => http().delete(`/api/organisations/${org}/members/${world.a.trainee.id}`).set('Cookie', cookie);
    expect((await remove(world.a.trainer.cookie)).status).toBe(403);
    expect((await remove(world.a.trainee.cookie)).status).toBe(403);
    expect((await remove(world.b.orgAdmin.cookie)).status).toBe(404);
    expect((await remove(world.outsider.cookie)).status).toBe(404);
    expect((await http().get(`/api/organisations/${world.a.id}/members`).set('Cookie', world.admin.cookie)).status).toBe(200);
    expect((await http().get(`/api/organisations/00000000-0000-4000-8000-000000000000/members`).set('Cookie', world.admin.cookie)).status).toBe(404);
    expect((await http().get(`/api/organisations/------------------------------------`).set('Cookie', world.a.orgAdmin.cookie)).status).toBe(404);
  });

  it('invites an address with a link shown once, and still honours a password link an organisation gave before invitations', async () => {
    const invited = (await http().post(`/api/organisations/${world.b.id}/members`).set('Cookie', world.b.orgAdmin.cookie).send({ email: 'Awa.Ndiaye@Example.org', role: 'trainee' }).expect(201)).body;
    expect(invited).toMatchObject({ invitation: { email: 'awa.ndiaye@example.org', role: 'trainee', status: 'invited' } });
    expect(invited.link).toMatch(/\/invitation\/[\w-]{40,}$/);
    await http().post(`/api/organisations/${world.b.id}/members?lang=fr`).set('Cookie', world.b.orgAdmin.cookie).send({ email: world.b.trainer.email, role: 'trainee' }).expect(409);

    // An account an organisation created earlier, with its password link.
    const [legacy] = await testApp.dataSource.query(`INSERT INTO users (email, display_name) VALUES ('old.link@example.org', 'Old Link') RETURNING id`);
    const token = 'legacy-password-link-token-0123456789abcdef';
    await testApp.dataSource.query(`INSERT INTO invitations (token_hash, user_id, expires_at) VALUES (encode(sha256($1::bytea), 'hex'), $2, now() + interval '1 day')`, [token, legacy.id]);
    expect((await http().get(`/api/invitations/${token}`).expect(200)).body).toMatchObject({ kind: 'password' });
    await http().post('/api/auth/invitations/accept').send({ token, password: 'chosen by the person' }).expect(200);
    await http().post('/api/auth/login').send({ email: 'old.link@example.org', password: 'chosen by the person' }).expect(200);
    await http().post('/api/auth/invitations/accept').send({ token, password: 'a second time' }).expect(400);
  });

  it('filters members by role and finds them by part of a name or e-mail, wildcards taken literally', async () => {
    const list = async (query: string) =>
      (await http().get(`/api/organisations/${world.a.id}/members?${query}`).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body;
    const trainers = await list('role=trainer');
    expect(trainers.total).toBe(1);
    expect(trainers.items.map((m: { userId: string }) => m.userId)).toEqual([world.a.trainer.id]);
    const local = world.a.trainee.email.split('@')[0].toUpperCase();
    expect((await list(`q=${encodeURIComponent(local)}`)).items.map((m: { userId: string }) => m.userId)).toEqual([world.a.trainee.id]);
    expect((await list(`q=${encodeURIComponent(local)}&role=org_admin`)).total).toBe(0);
    expect((await list('q=%25')).total).toBe(0);
    expect((await list('q=_')).total).toBe(0);
    const bad = await http().get(`/api/organisations/${world.a.id}/members?role=boss&lang=fr`).set('Cookie', world.a.orgAdmin.cookie).expect(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'role', message: expect.stringContaining('Rôle') })]);
  });

  it('never leaves an organisation without an admin', async () => {
    const { status, body } = await http().delete(`/api/organisations/${world.b.id}/members/${world.b.orgAdmin.id}?lang=fr`).set('Cookie', world.b.orgAdmin.cookie);
    expect(status).toBe(409);
    expect(body.message).toMatch(/au moins un administrateur/);
    await http().patch(`/api/organisations/${world.b.id}/members/${world.b.orgAdmin.id}`).set('Cookie', world.b.orgAdmin.cookie).send({ role: 'trainer' }).expect(409);
    await http().patch(`/api/organisations/${world.b.id}/members/${world.b.trainer.id}`).set('Cookie', world.b.orgAdmin.cookie).send({ role: 'org_admin' }).expect(200);
    await http().delete(`/api/organisations/${world.b.id}/members/${world.b.orgAdmin.id}`).set('Cookie', world.b.orgAdmin.cookie).expect(204);
  });

  it('keeps self-declared profile fields, optional and clearable', async () => {
    const me = world.outsider;
    const updated = (await http().patch('/api/me').set('Cookie', me.cookie).send({ sector: 'police', jobTitle: 'Officier de police judiciaire', country: 'CI', gender: 'prefer_not_to_say' }).expect(200)).body;
    expect(updated).toMatchObject({ sector: 'police', jobTitle: 'Officier de police judiciaire', country: 'CI', gender: 'prefer_not_to_say' });
    expect((await http().patch('/api/me').set('Cookie', me.cookie).send({ sector: null }).expect(200)).body.sector).toBeNull();
    await http().patch('/api/me').set('Cookie', me.cookie).send({ sector: 'astronaut' }).expect(400);
  });
});
