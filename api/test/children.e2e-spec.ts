import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { completeModule } from './support/complete-module.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations, type Person } from './support/organisation-fixture.js';
import { sessionCookie, signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe("children's track: groups, class codes, child accounts, consent, safeguarding gate", () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  let untrained: Person;
  let groupId: string;
  let code: string;
  const http = () => request(testApp.http);
  const cohorts = () => `/api/organisations/${world.a.id}/cohorts`;
  const group = () => `${cohorts()}/${groupId}`;
  const children = () => `/api/organisations/${world.a.id}/children`;

  const join = (body: object) =>
    http().post('/api/children/join?lang=fr').send({ classCode: code, displayName: 'Lina', secretKind: 'pin', secret: '4821', language: 'fr', ...body });
  const joinAs = async (displayName: string, secret = '2468') => {
    const response = await join({ displayName, secret }).expect(201);
    return { id: response.body.me.id as string, username: response.body.username as string, cookie: sessionCookie(response.headers['set-cookie']), displayName };
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
    // The trainer of organisation A holds the safeguarding certificate; `untrained`, a trainer too, does not.
    await completeModule(testApp, world.a.trainer.cookie, 'safeguarding-children');
    untrained = await signUp(testApp, { displayName: 'Paul Sansformation' });
    await testApp.dataSource.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainer')`, [untrained.id, world.a.id]);
  });
  afterAll(() => testApp.close());

  describe('children’s groups and the safeguarding gate', () => {
    const create = (body: object) =>
      http().post(`${cohorts()}?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send({ name: 'CM2 — les droits', audience: 'child', moduleSlugs: ['my-rights', 'staying-safe'], ...body });

    it('refuses a trainer without the safeguarding certificate, naming what is missing', async () => {
      const { body } = await create({ trainerIds: [untrained.id] }).expect(422);
      expect(body.message).toBe(
        'Seuls les adultes titulaires d’un certificat valide du module « Protéger les enfants dans nos organisations » peuvent encadrer un groupe d’enfants. Il manque pour : Paul Sansformation.',
      );
      expect((await testApp.dataSource.query(`SELECT count(*)::int AS n FROM cohorts WHERE audience = 'child'`))[0].n).toBe(0);
    });

    it('takes only modules made for children (adults may still follow children’s modules)', async () => {
      expect((await create({ moduleSlugs: ['my-rights', 'hearing-the-child'] }).expect(400)).body.message).toBe(
        'Un groupe d’enfants ne suit que des modules conçus pour les enfants ; ceux-ci s’adressent aux professionnels : hearing-the-child.',
      );
      await http().post(cohorts()).set('Cookie', world.a.orgAdmin.cookie).send({ name: 'Enseignants', moduleSlugs: ['my-rights'] }).expect(201);
      await create({ audience: 'adults' }).expect(400);
    });

    it('creates the group with a certified trainer', async () => {
      const { body } = await create({ trainerIds: [world.a.trainer.id] }).expect(201);
      groupId = body.id;
      expect(body).toMatchObject({ audience: 'child', trainers: [{ userId: world.a.trainer.id }] });
      const listed = (await http().get(cohorts()).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body.items;
      expect(listed.find((c: { id: string }) => c.id === groupId).audience).toBe('child');
    });

    it('lets a trainer open a children’s group, which they run, only with the safeguarding certificate; never a professional cohort', async () => {
      const open = (person: Person, body: object = {}) =>
        http().post(`${cohorts()}?lang=fr`).set('Cookie', person.cookie).send({ name: 'Club des droits', audience: 'child', programmeSlug: 'my-rights-journey', ...body });
      expect((await open(untrained).expect(422)).body.message).toContain('Il manque pour : Paul Sansformation.');
      const opened = (await open(world.a.trainer).expect(201)).body;
      expect(opened).toMatchObject({ audience: 'child', programme: { slug: 'my-rights-journey' }, trainers: [{ userId: world.a.trainer.id }] });
      const refused = await open(world.a.trainer, { audience: 'professional', name: 'Promotion' }).expect(403);
      expect(refused.body.message).toBe('Les formateurs ne peuvent ouvrir que des groupes d’enfants ; demandez à un administrateur de l’organisation de créer cette cohorte.');
      await open(world.a.trainee).expect(403);
      await open(world.b.trainer).expect(404);
      await testApp.dataSource.query(`DELETE FROM cohorts WHERE id = $1`, [opened.id]);
    });

    it('applies the gate when a trainer is assigned later, and counts a revoked certificate as none', async () => {
      await http().post(`${group()}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: untrained.id }).expect(422);
      await completeModule(testApp, untrained.cookie, 'safeguarding-children');
      await testApp.dataSource.query(`UPDATE certificates SET revoked_at = now() WHERE user_id = $1`, [untrained.id]);
      await http().post(`${group()}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: untrained.id }).expect(422);
      await testApp.dataSource.query(`UPDATE certificates SET revoked_at = NULL WHERE user_id = $1`, [untrained.id]);
      const { body } = await http().post(`${group()}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: untrained.id }).expect(200);
      expect(body.trainers).toHaveLength(2);
      await testApp.dataSource.query(`DELETE FROM cohort_trainers WHERE cohort_id = $1 AND user_id = $2`, [groupId, untrained.id]);
      // Professional cohorts need no certificate.
      const pro = (await http().post(cohorts()).set('Cookie', world.a.orgAdmin.cookie).send({ name: 'Pros', moduleSlugs: ['hearing-the-child'] }).expect(201)).body;
      await http().post(`${cohorts()}/${pro.id}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: world.b.trainer.id }).expect(400);
      await http().post(`${cohorts()}/${pro.id}/trainers`).set('Cookie', world.a.trainer.cookie).send({ userId: untrained.id }).expect(403);
    });
  });

  describe('class codes', () => {
    it('gives the group’s trainer a short code without look-alike symbols, valid 14 days', async () => {
      const { body } = await http().post(`${group()}/class-code`).set('Cookie', world.a.trainer.cookie).expect(201);
      expect(body.code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
      const days = (new Date(body.expiresAt).getTime() - new Date(body.createdAt).getTime()) / 86_400_000;
      expect(Math.round(days)).toBe(14);
      expect(body.expired).toBe(false);
      code = body.code;
      expect((await http().get(`${group()}/class-code`).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body.code).toBe(code);
    });

    it('is refused to people who do not run the group, across organisations too', async () => {
      await http().post(`${group()}/class-code`).set('Cookie', untrained.cookie).expect(404);
      await http().post(`${group()}/class-code`).set('Cookie', world.a.trainee.cookie).expect(403);
      await http().get(`${group()}/class-code`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      await http().get(`/api/organisations/${world.b.id}/cohorts/${groupId}/class-code`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      const pro = (await testApp.dataSource.query(`SELECT id FROM cohorts WHERE audience = 'professional' AND organisation_id = $1`, [world.a.id]))[0].id;
      await http().post(`${cohorts()}/${pro}/class-code`).set('Cookie', world.a.orgAdmin.cookie).expect(400);
    });

    it('prints a sheet with the code in French or English', async () => {
      const response = await http().get(`${group()}/class-code/sheet?lang=fr`).set('Cookie', world.a.trainer.cookie).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain(`clef-class-code-${code}-fr.pdf`);
      expect(response.body.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });

  describe('joining', () => {
    let lina: Awaited<ReturnType<typeof joinAs>>;

    it('joins with a valid code typed in lower case without the dash, and logs the child in', async () => {
      const response = await join({ classCode: code.replace('-', '').toLowerCase(), ageBand: '10-12' }).expect(201);
      expect(response.body.username).toMatch(/^lina-\d{4}$/);
      expect(response.body.me).toMatchObject({ accountKind: 'child', displayName: 'Lina', email: null, ageBand: '10-12', consentRecorded: false });
      lina = { id: response.body.me.id, username: response.body.username, cookie: sessionCookie(response.headers['set-cookie']), displayName: 'Lina' };
      const session = (await http().get('/api/auth/session').set('Cookie', lina.cookie).expect(200)).body;
      expect(session.user).toMatchObject({ id: lina.id, username: lina.username });
    });

    it('stores no e-mail, no password and no surname: only the hashed secret', async () => {
      const [row] = await testApp.dataSource.query(`SELECT * FROM users WHERE id = $1`, [lina.id]);
      expect(row).toMatchObject({ email: null, password_hash: null, account_kind: 'child', sector: null, job_title: null, country: null, gender: null });
      expect(row.secret_hash).toMatch(/^\$argon2id\$/);
      expect(JSON.stringify(row)).not.toContain('4821');
      await join({ email: 'lina@example.org' }).expect(400);
      await join({ birthDate: '2015-01-01' }).expect(400);
      // Even code that forgot the rules could not give a child an e-mail.
      await expect(testApp.dataSource.query(`UPDATE users SET email = 'x@example.org' WHERE id = $1`, [lina.id])).rejects.toThrow(/ck_users_child_fields/);
    });

    it('puts the child in the group, enrolled in its modules', async () => {
      const rows = await testApp.dataSource.query(
        `SELECT m.slug FROM enrolments e JOIN modules m ON m.id = e.module_id WHERE e.user_id = $1 ORDER BY m.slug`,
        [lina.id],
      );
      expect(rows.map((r: { slug: string }) => r.slug)).toEqual(['my-rights', 'staying-safe']);
      expect((await http().get(group()).set('Cookie', world.a.trainer.cookie).expect(200)).body.memberCount).toBe(1);
    });

    it('refuses a wrong, an expired and a revoked code with clear messages', async () => {
      expect((await join({ classCode: 'ZZZ-ZZZ' }).expect(404)).body.message).toBe('Ce code de classe ne marche pas. Vérifie-le avec ton formateur ou ta formatrice.');
      await join({ classCode: 'not a code at all' }).expect(404);
      await testApp.dataSource.query(`UPDATE class_codes SET expires_at = now() - interval '1 minute' WHERE cohort_id = $1 AND revoked_at IS NULL`, [groupId]);
      expect((await join({}).expect(410)).body.message).toBe('Ce code de classe n’est plus valable. Demande un nouveau code à ton formateur ou ta formatrice.');
      const old = code;
      code = (await http().post(`${group()}/class-code`).set('Cookie', world.a.trainer.cookie).expect(201)).body.code;
      await join({ classCode: old }).expect(404);
      await http().delete(`${group()}/class-code`).set('Cookie', world.a.trainer.cookie).expect(204);
      await join({}).expect(404);
      await http().get(`${group()}/class-code`).set('Cookie', world.a.trainer.cookie).expect(404);
      code = (await http().post(`${group()}/class-code`).set('Cookie', world.a.trainer.cookie).expect(201)).body.code;
    });

    it('checks the PIN and the picture password', async () => {
      expect((await join({ secret: '12' }).expect(400)).body.message).toBe('Ton code secret doit avoir 4 chiffres.');
      await join({ secret: 'abcd' }).expect(400);
      expect((await join({ secretKind: 'pictures', secret: ['sun', 'cat', 'car', 'boat'] }).expect(400)).body.message).toBe('Choisis 4 images dans la grille.');
      await join({ secretKind: 'pictures', secret: { a: 1 } }).expect(400);
      await join({ displayName: 'x'.repeat(41) }).expect(400);
      const pictures = (await http().get('/api/children/pictures').expect(200)).body;
      expect(pictures).toEqual({ pictures: ['sun', 'moon', 'star', 'tree', 'flower', 'cat', 'dog', 'fish', 'bird', 'apple', 'ball', 'boat'], secretLength: 4 });
      const response = await join({ displayName: 'Noé', secretKind: 'pictures', secret: ['sun', 'cat', 'sun', 'boat'] }).expect(201);
      expect(response.body.username).toMatch(/^noe-\d{4}$/);
      await http().post('/api/children/login').send({ username: response.body.username, secret: ['sun', 'cat', 'sun', 'boat'] }).expect(200);
      await http().post('/api/children/login').send({ username: response.body.username, secret: ['sun', 'cat', 'boat', 'sun'] }).expect(401);
    });

    it('refuses child accounts in professional cohorts and adults in children’s groups', async () => {
      const pro = (await testApp.dataSource.query(`SELECT id FROM cohorts WHERE audience = 'professional' AND organisation_id = $1`, [world.a.id]))[0].id;
      expect((await http().post(`${cohorts()}/${pro}/members?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send({ userIds: [lina.id] }).expect(400)).body.message).toBe(
        'Les comptes d’enfants ne peuvent rejoindre que des groupes d’enfants.',
      );
      await http().post(`${group()}/members`).set('Cookie', world.a.orgAdmin.cookie).send({ userIds: [world.a.trainee.id] }).expect(400);
      await http().post(`${group()}/roster`).set('Cookie', world.a.orgAdmin.cookie).set('Content-Type', 'text/csv').send('name,email\nA,a@example.org\n').expect(400);
    });
  });

  describe('the consent gate', () => {
    let sami: Awaited<ReturnType<typeof joinAs>>;
    beforeAll(async () => {
      sami = await joinAs('Sami');
    });

    it('lets the child log in and see the waiting state, but refuses every learning route', async () => {
      expect((await http().get('/api/children/me').set('Cookie', sami.cookie).expect(200)).body).toMatchObject({
        username: sami.username,
        consentRecorded: false,
        groups: [{ cohortId: groupId, name: 'CM2 — les droits' }],
      });
      const [enrolment] = await testApp.dataSource.query(`SELECT id FROM enrolments WHERE user_id = $1`, [sami.id]);
      const refused = await http().get('/api/me/enrolments?lang=fr').set('Cookie', sami.cookie).expect(403);
      expect(refused.body.message).toBe(
        'Tu pourras commencer dès que ton parent (ou l’adulte qui s’occupe de toi) aura dit oui. Ton formateur ou ta formatrice te le dira.',
      );
      await http().post('/api/modules/my-rights/enrolments').set('Cookie', sami.cookie).expect(403);
      await http().get(`/api/enrolments/${enrolment.id}`).set('Cookie', sami.cookie).expect(403);
      await http().get(`/api/enrolments/${enrolment.id}/lessons/1`).set('Cookie', sami.cookie).expect(403);
      await http().put(`/api/enrolments/${enrolment.id}/lessons/1/read`).set('Cookie', sami.cookie).expect(403);
      await http().post(`/api/enrolments/${enrolment.id}/attempts`).set('Cookie', sami.cookie).expect(403);
    });

    it('is recorded by the group’s trainer (who and when), not by others; withdrawing closes learning again', async () => {
      await http().put(`${children()}/${sami.id}/consent`).set('Cookie', untrained.cookie).expect(404);
      await http().put(`/api/organisations/${world.b.id}/children/${sami.id}/consent`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      await http().put(`${children()}/${sami.id}/consent`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      await http().put(`${children()}/${sami.id}/consent`).set('Cookie', world.a.trainee.cookie).expect(403);
      const { body } = await http().put(`${children()}/${sami.id}/consent`).set('Cookie', world.a.trainer.cookie).expect(200);
      expect(body).toMatchObject({ userId: sami.id, organisationId: world.a.id, recordedBy: world.a.trainer.id, recordedByName: world.a.trainer.displayName });
      expect(Date.now() - new Date(body.recordedAt).getTime()).toBeLessThan(60_000);
      expect((await http().get('/api/me/enrolments').set('Cookie', sami.cookie).expect(200)).body.items).toHaveLength(2);
      await http().delete(`${children()}/${sami.id}/consent`).set('Cookie', world.a.orgAdmin.cookie).expect(204);
      await http().get('/api/me/enrolments').set('Cookie', sami.cookie).expect(403);
      await http().put(`${children()}/${sami.id}/consent`).set('Cookie', world.a.orgAdmin.cookie).expect(200);
      expect((await http().get('/api/children/me').set('Cookie', sami.cookie).expect(200)).body.consentRecorded).toBe(true);
    });

    it('lists the child’s modules in the order of their group, a finished one staying in its place on the path', async () => {
      const slugs = async () => (await http().get('/api/me/enrolments').set('Cookie', sami.cookie).expect(200)).body.items.map((e: { moduleSlug: string }) => e.moduleSlug);
      const finishFirst = (done: boolean) =>
        testApp.dataSource.query(
          `UPDATE enrolments SET completed_at = ${done ? 'now()' : 'NULL'}, enrolled_at = now() - interval '1 day' WHERE user_id = $1 AND module_id = (SELECT id FROM modules WHERE slug = 'my-rights')`,
          [sami.id],
        );
      await finishFirst(true);
      try {
        expect(await slugs()).toEqual(['my-rights', 'staying-safe']);
      } finally {
        await finishFirst(false);
      }
      expect(await slugs()).toEqual(['my-rights', 'staying-safe']);
    });

    it('shows a child only modules made for children', async () => {
      const list = (await http().get('/api/modules?pageSize=50').set('Cookie', sami.cookie).expect(200)).body;
      expect(list.total).toBe(4);
      expect(list.items.every((m: { audience: string }) => m.audience === 'child')).toBe(true);
      const asked = (await http().get('/api/modules?audience=professional').set('Cookie', sami.cookie).expect(200)).body;
      expect(asked.items.map((m: { audience: string }) => m.audience)).toEqual(['child', 'child', 'child', 'child']);
      await http().get('/api/modules/hearing-the-child').set('Cookie', sami.cookie).expect(404);
      await http().get('/api/modules/hearing-the-child/lessons/1').set('Cookie', sami.cookie).expect(404);
      await http().post('/api/modules/hearing-the-child/enrolments').set('Cookie', sami.cookie).expect(404);
      await http().get('/api/modules/my-rights').set('Cookie', sami.cookie).expect(200);
      // Adults and visitors still see the whole catalogue.
      expect((await http().get('/api/modules?pageSize=50').expect(200)).body.total).toBe(14);
    });

    it('shows a child only the programmes made for children', async () => {
      const programmes = (await http().get('/api/programmes').set('Cookie', sami.cookie).expect(200)).body.items;
      expect(programmes.map((p: { slug: string }) => p.slug).sort()).toEqual(['my-rights-journey', 'my-rights-teens']);
      await http().get('/api/programmes/child-friendly-justice-foundations').set('Cookie', sami.cookie).expect(404);
      await http().get('/api/programmes/my-rights-journey').set('Cookie', sami.cookie).expect(200);
      expect((await http().get('/api/programmes').expect(200)).body.items).toHaveLength(6);
    });

    it('keeps a child’s profile to a first name or nickname', async () => {
      expect((await http().patch('/api/me?lang=fr').set('Cookie', sami.cookie).send({ sector: 'police' }).expect(400)).body.message).toBe(
        'Ton compte ne garde que ton prénom ou ton surnom.',
      );
      await http().patch('/api/me').set('Cookie', sami.cookie).send({ gender: null }).expect(400);
      await http().patch('/api/me').set('Cookie', sami.cookie).send({ displayName: 'y'.repeat(41) }).expect(400);
      expect((await http().patch('/api/me').set('Cookie', sami.cookie).send({ displayName: 'Samy', preferredLanguage: 'en' }).expect(200)).body.displayName).toBe('Samy');
      await http().put('/api/me/password').set('Cookie', sami.cookie).send({ currentPassword: 'x', newPassword: 'y'.repeat(12) }).expect(403);
    });

    it('shows the children to their trainer in the cohort dashboard', async () => {
      const { body } = await http().get(`${group()}/dashboard`).set('Cookie', world.a.trainer.cookie).expect(200);
      expect(body.totals.members).toBeGreaterThanOrEqual(2);
      const names = body.members.items.map((m: { displayName: string }) => m.displayName);
      expect(names).toContain('Samy');
    });
  });

  describe('PIN lock', () => {
    it('locks after five wrong PINs in a row until a trainer unlocks it', async () => {
      const maya = await joinAs('Maya', '1357');
      const login = (secret: string) => http().post('/api/children/login?lang=fr').send({ username: maya.username, secret });
      await login('1357').expect(200);
      for (let i = 0; i < 4; i++) expect((await login('0000').expect(401)).body.message).toBe('Ce nom d’utilisateur ou ce code secret n’est pas bon. Réessaie.');
      expect((await login('0000').expect(423)).body.message).toBe(
        'Ton compte est bloqué : il y a eu trop d’essais. Demande à ton formateur ou ta formatrice de le débloquer.',
      );
      await login('1357').expect(423);
      // The group's trainer sees the lock among the group's children; a trainer who does not run the group sees none of them.
      const listed = (await http().get(`${group()}/children`).set('Cookie', world.a.trainer.cookie).expect(200)).body.items;
      expect(listed.find((child: { userId: string }) => child.userId === maya.id)).toMatchObject({ username: maya.username, locked: true });
      await http().get(`${group()}/children`).set('Cookie', untrained.cookie).expect(404);
      await http().get(`/api/organisations/${world.b.id}/cohorts/${groupId}/children`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      await http().get(`${group()}/children`).set('Cookie', maya.cookie).expect(403);
      await http().post(`${children()}/${maya.id}/unlock`).set('Cookie', untrained.cookie).expect(404);
      await http().post(`/api/organisations/${world.b.id}/children/${maya.id}/unlock`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
      await http().post(`${children()}/${maya.id}/unlock`).set('Cookie', world.a.trainer.cookie).expect(204);
      await login('1357').expect(200);
    });

    it('counts failures in a row only: a good PIN starts again from zero', async () => {
      const tom = await joinAs('Tom', '9753');
      const login = (secret: string) => http().post('/api/children/login').send({ username: tom.username, secret });
      for (let i = 0; i < 4; i++) await login('0000').expect(401);
      await login('9753').expect(200);
      for (let i = 0; i < 4; i++) await login('0000').expect(401);
      await login('9753').expect(200);
    });

    it('lets the trainer give a new PIN, shown once', async () => {
      const ines = await joinAs('Inès', '1111');
      const { body } = await http().post(`${children()}/${ines.id}/secret`).set('Cookie', world.a.trainer.cookie).expect(200);
      expect(body).toEqual({ username: ines.username, pin: expect.stringMatching(/^\d{4}$/) });
      await http().post('/api/children/login').send({ username: ines.username, secret: body.pin }).expect(200);
      if (body.pin !== '1111') await http().post('/api/children/login').send({ username: ines.username, secret: '1111' }).expect(401);
      await http().post('/api/children/login').send({ username: 'nobody-0000', secret: '1111' }).expect(401);
    });
  });

  describe('accounts made by the trainer', () => {
    it('creates accounts with usernames and PINs shown once, and prints login cards', async () => {
      const { body } = await http()
        .post(`${group()}/children`)
        .set('Cookie', world.a.trainer.cookie)
        .send({ children: [{ displayName: 'Aya', ageBand: '13-15' }, { displayName: 'Bilal' }] })
        .expect(201);
      expect(body.children).toHaveLength(2);
      expect(body.children[0]).toMatchObject({ displayName: 'Aya', username: expect.stringMatching(/^aya-\d{4}$/), pin: expect.stringMatching(/^\d{4}$/) });
      await http().post('/api/children/login').send({ username: body.children[1].username, secret: body.children[1].pin }).expect(200);
      const [row] = await testApp.dataSource.query(`SELECT age_band, email FROM users WHERE id = $1`, [body.children[0].userId]);
      expect(row).toEqual({ age_band: '13-15', email: null });

      const pdf = await http().post(`${group()}/children?format=pdf&lang=en`).set('Cookie', world.a.orgAdmin.cookie).send({ children: [{ displayName: 'Chloé' }] }).expect(201);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
      await http().post(`${group()}/children`).set('Cookie', untrained.cookie).send({ children: [{ displayName: 'X' }] }).expect(404);
      await http().post(`${group()}/children`).set('Cookie', world.a.trainer.cookie).send({ children: [] }).expect(400);
      await http().post(`${group()}/children`).set('Cookie', world.a.trainer.cookie).send({ children: [{ displayName: 'X', email: 'x@example.org' }] }).expect(400);
    });
  });
});
