import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { completeModule } from './support/complete-module.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations, type Person } from './support/organisation-fixture.js';
import { sessionCookie, signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const MODULE_FR = 'Protéger les enfants dans nos organisations';

describe('safeguarding: a children’s group always has a certified adult; a child never holds an adult role', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  let second: Person;
  let untrained: Person;
  let groupId: string;
  const http = () => request(testApp.http);
  const cohorts = () => `/api/organisations/${world.a.id}/cohorts`;
  const group = () => `${cohorts()}/${groupId}`;
  const members = () => `/api/organisations/${world.a.id}/members`;
  const childGroup = (body: object) => ({ name: 'CE2 — mes droits', audience: 'child', moduleSlugs: ['my-rights'], ...body });
  const count = async (sql: string, params: unknown[] = []) => (await testApp.dataSource.query(sql, params))[0].n as number;
  const revokeSafeguarding = (userId: string, revoked: boolean) =>
    testApp.dataSource.query(`UPDATE certificates SET revoked_at = ${revoked ? 'now()' : 'NULL'} WHERE user_id = $1`, [userId]);
  const trainerIds = (body: { trainers: { userId: string }[] }) => body.trainers.map((t) => t.userId).sort();

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
    // A's trainer and `second` hold the safeguarding certificate; A's org admin and `untrained` do not.
    second = await signUp(testApp, { displayName: 'Awa Deuxième' });
    untrained = await signUp(testApp, { displayName: 'Paul Sansformation' });
    for (const person of [second, untrained]) {
      await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainer')`, [person.id, world.a.id]);
    }
    await completeModule(testApp, world.a.trainer.cookie, 'safeguarding-children');
    await completeModule(testApp, second.cookie, 'safeguarding-children');
  });
  afterAll(() => testApp.close());

  describe('creating a children’s group', () => {
    it('refuses a group that names no trainer, whoever asks, naming what is missing (FR/EN); nothing is created', async () => {
      const fr = await http().post(`${cohorts()}?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send(childGroup({})).expect(422);
      expect(fr.body.message).toBe(
        `Un groupe d’enfants a besoin d’au moins un formateur titulaire d’un certificat valide du module «\u00a0${MODULE_FR}\u00a0»\u00a0: désignez-en un.`,
      );
      const en = await http().post(`${cohorts()}?lang=en`).set('Cookie', world.admin.cookie).send(childGroup({ trainerIds: [] })).expect(422);
      expect(en.body.message).toMatch(/^A children's group needs at least one trainer who holds a valid certificate of the module “.+”: name one\.$/);
      await http().post(cohorts()).set('Cookie', world.b.orgAdmin.cookie).send(childGroup({})).expect(404);
      await http().post(cohorts()).set('Cookie', world.a.trainee.cookie).send(childGroup({})).expect(403);
      expect(await count(`SELECT count(*)::int AS n FROM cohorts WHERE audience = 'child'`)).toBe(0);
    });

    it('refuses an uncertified org admin naming themselves, and an uncertified trainer opening one', async () => {
      const self = await http().post(`${cohorts()}?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send(childGroup({ trainerIds: [world.a.orgAdmin.id] })).expect(422);
      expect(self.body.message).toContain(`Il manque pour : ${world.a.orgAdmin.displayName}.`);
      await http().post(cohorts()).set('Cookie', untrained.cookie).send(childGroup({})).expect(422);
      expect(await count(`SELECT count(*)::int AS n FROM cohorts WHERE audience = 'child'`)).toBe(0);
    });

    it('creates it with a certified trainer, for an org admin and for a platform admin acting for the organisation', async () => {
      const byAdmin = (await http().post(cohorts()).set('Cookie', world.a.orgAdmin.cookie).send(childGroup({ trainerIds: [world.a.trainer.id] })).expect(201)).body;
      groupId = byAdmin.id;
      const byPlatform = (await http().post(cohorts()).set('Cookie', world.admin.cookie).send(childGroup({ name: 'Autre', trainerIds: [second.id] })).expect(201)).body;
      expect(trainerIds(byPlatform)).toEqual([second.id]);
      await testApp.dataSource.query(`DELETE FROM cohorts WHERE id = $1`, [byPlatform.id]);
    });
  });

  describe('removing a trainer', () => {
    const remove = (cookie: string, userId: string, path = group()) => http().delete(`${path}/trainers/${userId}?lang=fr`).set('Cookie', cookie);

    it('refuses to remove the last certified adult, whoever asks, with a message naming the group and the module', async () => {
      const { body } = await remove(world.a.orgAdmin.cookie, world.a.trainer.id).expect(409);
      expect(body.message).toBe(
        `${world.a.trainer.displayName} ne peut pas cesser d’encadrer CE2 — mes droits\u00a0: aucun autre formateur n’y a de certificat valide du module «\u00a0${MODULE_FR}\u00a0». Ajoutez-en d’abord un.`,
      );
      await remove(world.admin.cookie, world.a.trainer.id).expect(409);
      expect(trainerIds((await http().get(group()).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body)).toEqual([world.a.trainer.id]);
    });

    it('is for org admins of the organisation (and platform admins) only', async () => {
      await remove(world.a.trainer.cookie, world.a.trainer.id).expect(403);
      await remove(world.a.trainee.cookie, world.a.trainer.id).expect(403);
      await remove(world.b.orgAdmin.cookie, world.a.trainer.id).expect(404);
      await remove(world.b.orgAdmin.cookie, world.a.trainer.id, `/api/organisations/${world.b.id}/cohorts/${groupId}`).expect(404);
      await remove(world.a.orgAdmin.cookie, second.id).expect(404);
    });

    it('removes a trainer once another certified adult runs the group; professional cohorts need no certificate', async () => {
      await http().post(`${group()}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: second.id }).expect(200);
      const { body } = await remove(world.a.orgAdmin.cookie, world.a.trainer.id).expect(200);
      expect(trainerIds(body)).toEqual([second.id]);
      await http().post(`${group()}/trainers`).set('Cookie', world.admin.cookie).send({ userId: world.a.trainer.id }).expect(200);
      const pro = (await http().post(cohorts()).set('Cookie', world.a.orgAdmin.cookie).send({ name: 'Pros', moduleSlugs: ['hearing-the-child'], trainerIds: [untrained.id] }).expect(201)).body;
      expect(trainerIds((await remove(world.a.orgAdmin.cookie, untrained.id, `${cohorts()}/${pro.id}`).expect(200)).body)).toEqual([]);
    });

    it('refuses to demote or remove from the organisation the last certified adult of a group, and takes a demoted trainer off the groups they ran', async () => {
      await revokeSafeguarding(second.id, true);
      const demoted = await http().patch(`${members()}/${world.a.trainer.id}?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send({ role: 'trainee' }).expect(409);
      expect(demoted.body.message).toContain('CE2 — mes droits');
      await http().delete(`${members()}/${world.a.trainer.id}`).set('Cookie', world.admin.cookie).expect(409);
      expect(await count(`SELECT count(*)::int AS n FROM memberships WHERE user_id = $1 AND role = 'trainer'`, [world.a.trainer.id])).toBe(1);
      await revokeSafeguarding(second.id, false);
      await http().patch(`${members()}/${second.id}`).set('Cookie', world.a.orgAdmin.cookie).send({ role: 'trainee' }).expect(200);
      expect(trainerIds((await http().get(group()).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body)).toEqual([world.a.trainer.id]);
      await http().patch(`${members()}/${second.id}`).set('Cookie', world.a.orgAdmin.cookie).send({ role: 'trainer' }).expect(200);
    });
  });

  describe('giving children access', () => {
    let code: string;
    let childId: string;
    const join = (displayName: string) =>
      http().post('/api/children/join?lang=fr').send({ classCode: code, displayName, secretKind: 'pin', secret: '2468', language: 'fr' });

    it('works while a certified adult runs the group, for its trainer and the org admin', async () => {
      code = (await http().post(`${group()}/class-code`).set('Cookie', world.a.trainer.cookie).expect(201)).body.code;
      childId = (await join('Lina').expect(201)).body.me.id;
      await http().post(`${group()}/children`).set('Cookie', world.a.orgAdmin.cookie).send({ children: [{ displayName: 'Aya' }] }).expect(201);
    });

    it('closes the group to newcomers once its certificates expired or were revoked, until a certified adult is added', async () => {
      await testApp.dataSource.query(`UPDATE certificates SET expires_at = now() - interval '1 day' WHERE user_id = $1`, [world.a.trainer.id]);
      const childrenBefore = await count(`SELECT count(*)::int AS n FROM users WHERE account_kind = 'child'`);
      for (const person of [world.a.trainer, world.a.orgAdmin, world.admin]) {
        const refused = await http().post(`${group()}/class-code?lang=fr`).set('Cookie', person.cookie).expect(422);
        expect(refused.body.message).toBe(
          `Plus aucun formateur du groupe «\u00a0CE2 — mes droits\u00a0» n’a de certificat valide du module «\u00a0${MODULE_FR}\u00a0»\u00a0: ajoutez-en un avant de donner accès à des enfants (code de classe, comptes, membres).`,
        );
        await http().post(`${group()}/children`).set('Cookie', person.cookie).send({ children: [{ displayName: 'Bilal' }] }).expect(422);
      }
      expect((await http().post(`${group()}/children?lang=en`).set('Cookie', world.a.orgAdmin.cookie).send({ children: [{ displayName: 'Bilal' }] }).expect(422)).body.message).toMatch(
        /^No trainer of the group “CE2 — mes droits” holds a valid certificate/,
      );
      expect((await join('Noé').expect(409)).body.message).toBe('Ce groupe ne peut pas accueillir de nouveaux enfants pour le moment. Demande à ton formateur ou ta formatrice.');
      await http().post(`${group()}/members`).set('Cookie', world.a.orgAdmin.cookie).send({ userIds: [childId] }).expect(422);
      expect(await count(`SELECT count(*)::int AS n FROM users WHERE account_kind = 'child'`)).toBe(childrenBefore);
      // The children already there keep learning; a certified adult reopens the group.
      await http().post(`${group()}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: second.id }).expect(200);
      await join('Noé').expect(201);
      await http().post(`${group()}/class-code`).set('Cookie', world.a.orgAdmin.cookie).expect(201);
    });

    it('lets a group whose certificates all lapsed lose its uncertified trainers', async () => {
      await revokeSafeguarding(second.id, true);
      await http().delete(`${group()}/trainers/${world.a.trainer.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(200);
      await http().post(`${group()}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: world.a.trainer.id }).expect(422);
      await revokeSafeguarding(second.id, false);
      await testApp.dataSource.query(`UPDATE certificates SET expires_at = NULL WHERE user_id = $1`, [world.a.trainer.id]);
      await http().post(`${group()}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: world.a.trainer.id }).expect(200);
    });
  });

  describe('a child never holds an adult role', () => {
    let child: { userId: string; displayName: string };
    beforeAll(async () => {
      [child] = (await http().post(`${group()}/children`).set('Cookie', world.a.trainer.cookie).send({ children: [{ displayName: 'Zoé' }] }).expect(201)).body.children;
    });

    it('refuses to make a child a trainer or an admin, whoever asks', async () => {
      for (const [person, role] of [[world.a.orgAdmin, 'trainer'], [world.admin, 'org_admin']] as const) {
        const { body } = await http().patch(`${members()}/${child.userId}?lang=fr`).set('Cookie', person.cookie).send({ role }).expect(400);
        expect(body.message).toBe('Un compte d’enfant reste toujours apprenant\u00a0: il ne peut ni administrer l’organisation, ni former, ni encadrer un groupe.');
      }
      await http().patch(`${members()}/${child.userId}`).set('Cookie', world.a.trainer.cookie).send({ role: 'trainer' }).expect(403);
      await http().patch(`/api/organisations/${world.b.id}/members/${child.userId}`).set('Cookie', world.b.orgAdmin.cookie).send({ role: 'trainer' }).expect(404);
      expect(await count(`SELECT count(*)::int AS n FROM memberships WHERE user_id = $1 AND role = 'trainee'`, [child.userId])).toBe(1);
    });

    it('refuses to make a child a cohort trainer', async () => {
      const pro = (await testApp.dataSource.query(`SELECT id FROM cohorts WHERE name = 'Pros'`))[0].id;
      const { body } = await http().post(`${cohorts()}/${pro}/trainers?lang=en`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: child.userId }).expect(400);
      expect(body.message).toBe("A child's account is only ever a trainee: it cannot administer the organisation, train or run a group.");
      await http().post(`${group()}/trainers`).set('Cookie', world.admin.cookie).send({ userId: child.userId }).expect(400);
    });

    it('is kept by the database whatever code writes', async () => {
      const db = testApp.dataSource;
      await expect(db.query(`UPDATE memberships SET role = 'org_admin' WHERE user_id = $1`, [child.userId])).rejects.toThrow(/never holds an adult role/);
      await expect(db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainer')`, [child.userId, world.b.id])).rejects.toThrow(/never holds an adult role/);
      await expect(db.query(`INSERT INTO cohort_trainers (cohort_id, user_id) VALUES ($1, $2)`, [groupId, child.userId])).rejects.toThrow(/never holds an adult role/);
      await expect(db.query(`UPDATE users SET platform_role = 'admin' WHERE id = $1`, [child.userId])).rejects.toThrow(/ck_users_child_no_platform_role/);
      await expect(db.query(`UPDATE users SET account_kind = 'child', email = NULL, password_hash = NULL WHERE id = $1`, [world.a.trainer.id])).rejects.toThrow(/never holds an adult role/);
    });

    it('keeps one adult admin: a child row (written before the rule) does not count', async () => {
      await testApp.dataSource.transaction(async (manager) => {
        await manager.query(`ALTER TABLE memberships DISABLE TRIGGER tr_memberships_child_role`);
        await manager.query(`UPDATE memberships SET role = 'org_admin' WHERE user_id = $1`, [child.userId]);
        await manager.query(`ALTER TABLE memberships ENABLE TRIGGER tr_memberships_child_role`);
      });
      const { body } = await http().patch(`${members()}/${world.a.orgAdmin.id}?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send({ role: 'trainer' }).expect(409);
      expect(body.message).toBe('Une organisation a besoin d’au moins un administrateur : désignez-en d’abord un autre.');
      await http().delete(`${members()}/${world.a.orgAdmin.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(409);
      await testApp.dataSource.query(`UPDATE memberships SET role = 'trainee' WHERE user_id = $1`, [child.userId]);
    });
  });

  describe('who sees children’s names', () => {
    const listed = async (person: Person, query = '') =>
      (await http().get(`${members()}?pageSize=50${query}`).set('Cookie', person.cookie).expect(200)).body as { total: number; items: { displayName: string }[] };
    const names = (page: { items: { displayName: string }[] }) => page.items.map((m) => m.displayName);

    it('shows every child to org admins and platform admins, and to a trainer only the children of the groups they run', async () => {
      for (const person of [world.a.orgAdmin, world.admin, world.a.trainer]) expect(names(await listed(person))).toEqual(expect.arrayContaining(['Lina', 'Aya', 'Zoé']));
      const outsider = await listed(untrained);
      expect(names(outsider)).not.toEqual(expect.arrayContaining(['Lina']));
      expect(names(outsider)).toEqual(expect.arrayContaining([world.a.trainer.displayName, world.a.orgAdmin.displayName]));
      expect(outsider.total).toBe(outsider.items.length);
      expect(names(outsider).some((name) => ['Lina', 'Aya', 'Zoé', 'Noé'].includes(name))).toBe(false);
      const searched = await listed(untrained, '&q=Lin');
      expect(searched.total).toBe(0);
      expect((await listed(world.a.trainer, '&q=Lin')).total).toBe(1);
    });
  });

  describe('deleting a child', () => {
    it('revokes their certificates, so a credential downloaded before no longer verifies as valid', async () => {
      const joined = await http().post('/api/children/join').send({ classCode: (await http().post(`${group()}/class-code`).set('Cookie', world.a.trainer.cookie).expect(201)).body.code, displayName: 'Mia', secretKind: 'pin', secret: '1357', language: 'fr' }).expect(201);
      const mia = { id: joined.body.me.id as string, cookie: sessionCookie(joined.headers['set-cookie']) };
      await http().put(`/api/organisations/${world.a.id}/children/${mia.id}/consent`).set('Cookie', world.a.trainer.cookie).expect(200);
      await completeModule(testApp, mia.cookie, 'my-rights');
      const [{ code }] = await testApp.dataSource.query(`SELECT code FROM certificates WHERE user_id = $1`, [mia.id]);
      const { body: credential } = await http().get(`/api/certificates/${code}/credential`).set('Cookie', mia.cookie).expect(200);
      expect((await http().post('/api/certificates/verify').send({ credential }).expect(200)).body).toMatchObject({ signatureValid: true, revoked: false });

      await http().delete(`/api/organisations/${world.a.id}/children/${mia.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(204);
      expect((await http().post('/api/certificates/verify').send({ credential }).expect(200)).body).toMatchObject({ signatureValid: true, revoked: true });
      expect((await http().get(`/api/certificates/verify/${code}`).expect(200)).body).toMatchObject({ status: 'revoked', holderName: '—' });
    });
  });
});
