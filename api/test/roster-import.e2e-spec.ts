import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
    'Karim Benali;karim@example.org;;;;',
    '"Côté, Amélie";amelie@example.org;travail social;"Éducatrice, protection de l\'enfance";CA;préfère ne pas répondre',
  ];

  it('previews every row with its problem by line, in French, saving nothing, and never tells whether an address has an account', async () => {
    const outsider = world.b.trainee.email;
    const csv = roster.join('\r\n').replace('EXISTING', outsider);
    const { body } = await upload(`${path('/preview')}?lang=fr`, csv).expect(200);
    expect(body.counts).toEqual({ rows: 6, invite: 4, invited: 0, member: 0, invalid: 2 });
    expect(body.rows.map((r: { line: number; status: string }) => [r.line, r.status])).toEqual([
      [2, 'invite'],
      [3, 'invite'],
      [4, 'invalid'],
      [5, 'invalid'],
      [6, 'invite'],
      [7, 'invite'],
    ]);
    // An account's row and a stranger's row differ only by what the file says.
    const { email: _a, line: _l, displayName: _d, ...withAccount } = body.rows[1];
    const { email: _b, line: _m, displayName: _e, ...withoutAccount } = body.rows[0];
    expect(withAccount).toEqual(withoutAccount);
    expect(body.rows[2].problems).toEqual([{ field: 'email', code: 'badEmail', message: 'Ligne 4 : ce n’est pas une adresse e-mail.' }]);
    expect(body.rows[3].problems[0].code).toBe('duplicateEmail');
    expect(body.rows[5]).toMatchObject({ displayName: 'Côté, Amélie', email: 'amelie@example.org' });
    const [{ n }] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM invitations`);
    expect(n).toBe(0);
  });

  it('invites the valid rows (an existing account like any other), adds members at once, and creates no account', async () => {
    const csv = roster.join('\n').replace('EXISTING', world.b.trainee.email).replace('Karim Benali;karim@example.org', `Trainee A;${world.a.trainee.email}`);
    const { body } = await upload(path(), csv).expect(200);
    expect(body.counts).toMatchObject({ invite: 3, member: 1, invalid: 2 });
    expect(body.enrolments).toBe(2);
    expect(body.invitations.map((i: { email: string; line: number }) => [i.line, i.email])).toEqual([
      [2, 'awa.ndiaye@example.org'],
      [3, world.b.trainee.email],
      [7, 'amelie@example.org'],
    ]);
    expect(body.invitations[0].link).toMatch(/^https:\/\/clef\.example\.org\/invitation\/[\w-]{40,}$/);
    const [{ n }] = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email IN ('awa.ndiaye@example.org', 'amelie@example.org')`);
    expect(n).toBe(0);
    const cohort = (await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}`).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body;
    expect(cohort.memberCount).toBe(1);

    // The invited account joins the cohort, enrolled, only when it accepts; the organisation never set its profile.
    const [invitation] = (await http().get('/api/me/invitations').set('Cookie', world.b.trainee.cookie).expect(200)).body.items;
    expect(invitation).toMatchObject({ organisationName: 'École A', cohortName: 'Cohorte mixte', role: 'trainee' });
    await http().post(`/api/me/invitations/${invitation.id}/accept`).set('Cookie', world.b.trainee.cookie).expect(204);
    expect((await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}`).set('Cookie', world.a.orgAdmin.cookie).expect(200)).body.memberCount).toBe(2);
    const [profile] = await testApp.dataSource.query(`SELECT sector, gender FROM users WHERE id = $1`, [world.b.trainee.id]);
    expect(profile).toEqual({ sector: null, gender: null });

    const again = (await upload(path(), csv).expect(200)).body;
    expect(again).toMatchObject({ counts: { invite: 0, invited: 2, member: 2 }, enrolments: 0, invitations: [] });
  });

  it('answers 400 in the documented shape, in the request language, when no row can be imported', async () => {
    const { body } = await upload(`${path()}?lang=fr`, 'nom;email\nA;pas-une-adresse\n;b@example.org\n').expect(400);
    expect(body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^Aucune ligne du fichier ne peut être importée/) });
    const english = await upload(path(), 'name,email\nA,nope\n').set('Accept-Language', 'en').expect(400);
    expect(english.body.message).toMatch(/^No row of the file can be imported/);
  });

  it('refuses a file with no usable columns, and anyone but the org admin', async () => {
    const missing = await upload(`${path('/preview')}?lang=fr`, 'secteur;pays\nA;police\n').expect(400);
    expect(missing.body.message).toMatch(/^Il manque au fichier une colonne pour\u00a0: nom, adresse e-mail\./);
    await upload(path('/preview'), 'name;email\nA;a@example.org\n', world.a.trainer.cookie).expect(403);
    await upload(`/api/organisations/${world.b.id}/cohorts/${cohortId}/roster/preview`, 'name;email\nA;a@example.org\n', world.b.orgAdmin.cookie).expect(404);
  });

  it('reads the usual French layout « Nom;Prénom;Courriel » as first then last name, and names the columns it does not use', async () => {
    // Windows-1252, as French Excel saves it: ’ and Œ are bytes 0x92 and 0x8C.
    const csv = iconv.encode('Nom;Prénom;Courriel;Téléphone;Service\r\nL’Œillet;Chloé;chloe@example.org;0102030405;Protection de l’enfance\r\n', 'windows-1252');
    expect([...csv]).toEqual(expect.arrayContaining([0x92, 0x8c]));
    const { body } = await upload(`${path('/preview')}?lang=fr`, csv).expect(200);
    expect(body.rows).toEqual([expect.objectContaining({ displayName: 'Chloé L’Œillet', email: 'chloe@example.org', status: 'invite' })]);
    expect(body.unusedColumns).toEqual(['Téléphone', 'Service']);
  });

  it('reads an .xlsx workbook sent as one, and refuses a zip bomb with a plain 400 in the request language', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Stagiaires').addRows([['Prénom', 'Nom', 'E-mail'], ['Zoé', 'Ève', 'zoe.eve@example.org']]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const { body } = await http().post(path('/preview')).set('Cookie', world.a.orgAdmin.cookie).set('Content-Type', XLSX).send(xlsx).expect(200);
    expect(body.rows).toEqual([expect.objectContaining({ displayName: 'Zoé Ève', email: 'zoe.eve@example.org' })]);
    const bomb = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 9 }));
    const refused = await http().post(`${path('/preview')}?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).set('Content-Type', XLSX).send(bomb).expect(400);
    expect(refused.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^Ce classeur est trop volumineux une fois décompressé/) });
  });

  it('invites 5,000 rows in one go', async () => {
    const lines = ['name,email,sector', ...Array.from({ length: 5000 }, (_, i) => `Stagiaire ${i},stagiaire${i}@example.org,education`)];
    const { body } = await upload(path(), lines.join('\n')).expect(200);
    expect(body.counts).toMatchObject({ rows: 5000, invite: 5000, invalid: 0 });
    expect(body.invitations).toHaveLength(5000);
  });
});
