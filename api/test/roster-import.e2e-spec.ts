import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('bulk enrolment from a spreadsheet', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  let cohortId: string;
  const http = () => request(testApp.http);
  const path = (suffix = '') => `/api/organisations/${world.a.id}/cohorts/${cohortId}/roster${suffix}`;
  const upload = (url: string, csv: string | Buffer, cookie = world.a.orgAdmin.cookie) =>
    http().post(url).set('Cookie', cookie).set('Content-Type', 'text/csv').send(typeof csv === 'string' ? Buffer.from(csv) : csv);

  beforeAll(async () => {
    testApp = await createTestApp({ CLEF_PUBLIC_URL: 'https://clef.example.org' });
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
    cohortId = (
      await http()
        .post(`/api/organisations/${world.a.id}/cohorts`)
        .set('Cookie', world.a.orgAdmin.cookie)
        .send({ name: 'Cohorte mixte', moduleSlugs: ['child-rights-in-practice', 'working-together'] })
        .expect(201)
    ).body.id;
  });
  afterAll(() => testApp.close());

  const roster = [
    '\uFEFFNom;Adresse e-mail;Secteur;Fonction;Pays;Genre',
    'Awa Ndiaye;awa.ndiaye@example.org;Police;Commissaire;SN;Femme',
    `Trainee A;${'EXISTING'};Justice;;;`,
    'Moussa Diop;not-an-email;Santé;;;',
    'Awa bis;AWA.NDIAYE@example.org;Police;;;',
    'Karim Benali;karim@example.org;astrologie;;;',
    '"Côté, Amélie";amelie@example.org;travail social;"Éducatrice, protection de l\'enfance";CA;préfère ne pas répondre',
  ];

  it('previews every row with its problem by line, in French, saving nothing', async () => {
    const csv = roster.join('\r\n').replace('EXISTING', world.a.trainee.email);
    const { body } = await upload(`${path('/preview')}?lang=fr`, csv).expect(200);
    expect(body.counts).toEqual({ rows: 6, new: 2, existing: 1, invalid: 3 });
    expect(body.rows.map((r: { line: number; status: string }) => [r.line, r.status])).toEqual([
      [2, 'new'],
      [3, 'existing'],
      [4, 'invalid'],
      [5, 'invalid'],
      [6, 'invalid'],
      [7, 'new'],
    ]);
    expect(body.rows[2].problems).toEqual([{ field: 'email', code: 'badEmail', message: 'Ligne 4 : ce n’est pas une adresse e-mail.' }]);
    expect(body.rows[3].problems[0].code).toBe('duplicateEmail');
    expect(body.rows[5]).toMatchObject({ displayName: 'Côté, Amélie', jobTitle: "Éducatrice, protection de l'enfance", sector: 'social_work', gender: 'prefer_not_to_say' });
    const [{ n }] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'awa.ndiaye@example.org'`);
    expect(n).toBe(0);
  });

  it('applies only the valid rows, enrols them, and gives invitation links once', async () => {
    const csv = roster.join('\n').replace('EXISTING', world.a.trainee.email);
    const { body } = await upload(path(), csv).expect(200);
    expect(body.counts).toMatchObject({ new: 2, existing: 1, invalid: 3 });
    expect(body.enrolments).toBe(6);
    expect(body.invitations.map((i: { email: string }) => i.email)).toEqual(['awa.ndiaye@example.org', 'amelie@example.org']);
    const link = body.invitations[0].link as string;
    expect(link).toMatch(/^https:\/\/clef\.example\.org\/invitation\/[\w-]{40,}$/);

    const cohort = (await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}`).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body;
    expect(cohort.memberCount).toBe(3);
    const [awa] = await testApp.dataSource.query(`SELECT sector, job_title, country, gender, password_hash FROM users WHERE email = 'awa.ndiaye@example.org'`);
    expect(awa).toEqual({ sector: 'police', job_title: 'Commissaire', country: 'SN', gender: 'woman', password_hash: null });

    const token = link.split('/').pop();
    const accepted = await http().post('/api/auth/invitations/accept').send({ token, password: 'mon nouveau mot de passe' }).expect(200);
    expect(accepted.body.email).toBe('awa.ndiaye@example.org');
    await http().post('/api/auth/invitations/accept?lang=fr').send({ token, password: 'encore une fois' }).expect(400);
    await http().post('/api/auth/login').send({ email: 'awa.ndiaye@example.org', password: 'mon nouveau mot de passe' }).expect(200);

    const again = (await upload(path(), csv).expect(200)).body;
    expect(again).toMatchObject({ counts: { new: 0, existing: 3 }, enrolments: 0, invitations: [] });
  });

  it('refuses a file with no usable columns, and anyone but the org admin', async () => {
    const missing = await upload(`${path('/preview')}?lang=fr`, 'prénom;secteur\nA;police\n').expect(400);
    expect(missing.body.message).toMatch(/^Il manque au fichier une colonne pour : nom, adresse e-mail\./);
    await upload(path('/preview'), 'name;email\nA;a@example.org\n', world.a.trainer.cookie).expect(403);
    await upload(`/api/organisations/${world.b.id}/cohorts/${cohortId}/roster/preview`, 'name;email\nA;a@example.org\n', world.b.orgAdmin.cookie).expect(404);
  });

  it('imports 5,000 rows in one go', async () => {
    const lines = ['name,email,sector', ...Array.from({ length: 5000 }, (_, i) => `Stagiaire ${i},stagiaire${i}@example.org,education`)];
    const { body } = await upload(path(), lines.join('\n')).expect(200);
    expect(body.counts).toMatchObject({ rows: 5000, new: 5000, invalid: 0 });
    expect(body.enrolments).toBe(10000);
    expect(body.invitations).toHaveLength(5000);
  });
});
