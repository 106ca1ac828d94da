import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { answersFor } from './support/answers.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { inviteAndAccept, twoOrganisations } from './support/organisation-fixture.js';
import { pdfText } from './support/pdf-text.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('cohort dashboard', () => {
  let testApp: TestApp;
  let world: Awaited<ReturnType<typeof twoOrganisations>>;
  let cohortId: string;
  const http = () => request(testApp.http);
  const dashboard = (cookie: string, query = '') => http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/dashboard${query}`).set('Cookie', cookie);

  // 12 people who declared themselves: police 6, justice 4, health 2; women 6, men 6.
  const people = Array.from({ length: 12 }, (_, i) => ({
    name: `Personne ${String(i).padStart(2, '0')}`,
    email: `p${i}@example.org`,
    sector: i < 6 ? 'police' : i < 10 ? 'justice' : 'health',
    gender: i % 2 === 0 ? 'woman' : 'man',
  }));
  const cookies = new Map<string, string>();
  const learnerCookie = (email: string) => cookies.get(email)!;

  async function attempt(cookie: string, enrolmentId: string, kind: 'right' | 'wrong') {
    const started = (await http().post(`/api/enrolments/${enrolmentId}/attempts`).set('Cookie', cookie).expect(201)).body;
    const answers = await answersFor(testApp.dataSource, started.id, kind);
    await http().post(`/api/attempts/${started.id}/submit`).set('Cookie', cookie).send({ submissionKey: `k-${started.id}`, answers }).expect(200);
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await twoOrganisations(testApp);
    cohortId = (
      await http()
        .post(`/api/organisations/${world.a.id}/cohorts`)
        .set('Cookie', world.a.orgAdmin.cookie)
        .send({ name: 'Cohorte tableau de bord', moduleSlugs: ['my-rights', 'staying-safe'], trainerIds: [world.a.trainer.id] })
        .expect(201)
    ).body.id;
    for (const p of people) {
      const person = await signUp(testApp, { email: p.email, displayName: p.name });
      await http().patch('/api/me').set('Cookie', person.cookie).send({ sector: p.sector, gender: p.gender }).expect(200);
      await inviteAndAccept(testApp, world.a.id, world.a.orgAdmin.cookie, person, { cohortId });
      cookies.set(p.email, person.cookie);
    }
    // Every randomised answer kept as declared, so that the estimates below can be worked out by hand.
    await testApp.dataSource.query(`UPDATE users SET breakdown_seed = 0 WHERE email = ANY($1)`, [people.map((p) => p.email)]);

    // Person 00 completes both modules; person 01 reads one lesson and fails once; the others only enrolled.
    const first = learnerCookie('p0@example.org');
    for (const enrolment of (await http().get('/api/me/enrolments').set('Cookie', first).expect(200)).body.items) {
      for (let n = 1; n <= enrolment.lessonCount; n++) await http().put(`/api/enrolments/${enrolment.id}/lessons/${n}/read`).set('Cookie', first).expect(204);
      await attempt(first, enrolment.id, 'right');
    }
    const second = learnerCookie('p1@example.org');
    const rights = (await http().get('/api/me/enrolments').set('Cookie', second).expect(200)).body.items.find((e: { moduleSlug: string }) => e.moduleSlug === 'my-rights');
    await http().put(`/api/enrolments/${rights.id}/lessons/1/read`).set('Cookie', second).expect(204);
    await attempt(second, rights.id, 'wrong');
  });
  afterAll(() => testApp.close());

  it('counts members, starts, completions and certifications as computed by hand', async () => {
    const { body } = await dashboard(world.a.orgAdmin.cookie).expect(200);
    expect(body.totals).toEqual({ members: 12, enrolled: 12, started: 2, completed: 1, certified: 1, certificationRate: 8 });
    expect(body.modules.map((m: { slug: string }) => m.slug)).toEqual(['my-rights', 'staying-safe']);
  });

  it('builds the competency profile from the competency of each answered question', async () => {
    const { body } = await dashboard(world.a.trainer.cookie, '?lang=fr').expect(200);
    const byCode = Object.fromEntries(body.competencies.map((c: { code: string }) => [c.code, c]));
    // my-rights draws 6 C1 questions: 6 right (person 00) + 6 wrong (person 01); staying-safe: 6 right on C4.
    expect(byCode.C1).toMatchObject({ answers: 12, correct: 6, share: 50, title: "Fondements des droits de l'enfant" });
    expect(byCode.C4).toMatchObject({ answers: 6, correct: 6, share: 100 });
    expect(byCode.C6).toMatchObject({ answers: 0, share: null });
  });

  it('breaks down by sector and gender as estimates from randomised answers, hiding groups of fewer than five', async () => {
    const { body } = await dashboard(world.a.orgAdmin.cookie).expect(200);
    // Counted answers: police 6, justice 4, health 2 of 12, over 8 possible answers: estimate = (count − ½·12/8) / ½.
    expect(body.bySector).toEqual([
      { group: 'police', members: 11, completed: 2, certified: 2 },
      { group: 'suppressed', members: 10, completed: 0, certified: 0 },
    ]);
    expect(JSON.stringify(body.bySector)).not.toMatch(/justice|health/);
    // Women 6, men 6 of 12, over 5 possible answers: (6 − ½·12/5) / ½ ≈ 10.
    expect(body.byGender).toEqual([
      { group: 'woman', members: 10, completed: 2, certified: 2 },
      { group: 'man', members: 10, completed: 0, certified: 0 },
    ]);
  });

  it('pages the members with their progress in each module', async () => {
    const { body } = await dashboard(world.a.orgAdmin.cookie, '?pageSize=5').expect(200);
    expect(body.members).toMatchObject({ total: 12, page: 1, pageSize: 5 });
    expect(body.members.items.map((m: { displayName: string }) => m.displayName)).toEqual(['Personne 00', 'Personne 01', 'Personne 02', 'Personne 03', 'Personne 04']);
    const [done, trying] = body.members.items;
    expect(done.modules.map((m: { certificate: string; completed: boolean; bestScore: number }) => [m.completed, m.certificate, m.bestScore])).toEqual([
      [true, 'valid', 100],
      [true, 'valid', 100],
    ]);
    expect(trying.modules[0]).toMatchObject({ slug: 'my-rights', lessonsRead: 1, lessonCount: 4, attempts: 1, bestScore: 0, passed: false, certificate: 'none' });
  });

  it("shows a trainer one learner's attempts with each answer in words, but not their self-declared profile", async () => {
    const [member] = (await dashboard(world.a.orgAdmin.cookie, '?pageSize=2&page=1').expect(200)).body.members.items.slice(1);
    const { body } = await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/members/${member.userId}?lang=fr`).set('Cookie', world.a.trainer.cookie).expect(200);
    expect(body).toMatchObject({ displayName: 'Personne 01', email: 'p1@example.org' });
    expect(body).not.toHaveProperty('sector');
    expect(body).not.toHaveProperty('gender');
    expect(body.attempts).toHaveLength(1);
    expect(body.attempts[0]).toMatchObject({ number: 1, passed: false, scorePercent: 0 });
    expect(body.attempts[0].answers).toHaveLength(6);
    for (const answer of body.attempts[0].answers) {
      expect(answer).toMatchObject({ correct: false, competency: 'C1' });
      expect(answer.prompt.length).toBeGreaterThan(5);
      expect(answer.answer.length).toBeGreaterThan(0);
    }
    await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/members/${world.b.trainee.id}`).set('Cookie', world.a.orgAdmin.cookie).expect(404);
    await http().get(`/api/organisations/${world.b.id}/cohorts/${cohortId}/members/${member.userId}`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
  });

  it('exports the members table as CSV that French and English spreadsheets open correctly', async () => {
    const fr = await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/dashboard.csv?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).expect(200);
    expect(fr.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(fr.headers['content-disposition']).toMatch(/attachment; filename="clef-cohorte-tableau-de-bord-fr\.csv"/);
    expect(fr.text.startsWith('\uFEFF')).toBe(true);
    const lines = fr.text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe('Nom;Adresse e-mail;Mes droits — leçons lues;Mes droits — meilleur score (%);Mes droits — statut;Mes droits — certificat;' +
      'Être en sécurité et demander de l\'aide — leçons lues;Être en sécurité et demander de l\'aide — meilleur score (%);Être en sécurité et demander de l\'aide — statut;Être en sécurité et demander de l\'aide — certificat');
    expect(lines[1]).toBe('Personne 00;p0@example.org;4/4;100;terminé;valide;4/4;100;terminé;valide');
    // One rule with the dashboard: enrolled with nothing read or tried is « pas commencé », not « en cours ».
    expect(lines[2]).toBe('Personne 01;p1@example.org;1/4;0;en cours;aucun;0/4;;pas commencé;aucun');
    expect(lines[3]).toBe('Personne 02;p2@example.org;0/4;;pas commencé;aucun;0/4;;pas commencé;aucun');
    const shown = (await dashboard(world.a.orgAdmin.cookie, '?pageSize=3')).body.members.items;
    expect(shown.map((m: { modules: { status: string }[] }) => m.modules.map((cell) => cell.status))).toEqual([
      ['completed', 'completed'],
      ['inProgress', 'notStarted'],
      ['notStarted', 'notStarted'],
    ]);
    const en = await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/dashboard.csv?lang=en`).set('Cookie', world.a.trainer.cookie).expect(200);
    expect(en.text.slice(1).split('\r\n')[1]).toBe('Personne 00,p0@example.org,4/4,100,completed,valid,4/4,100,completed,valid');
    await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/dashboard.csv`).set('Cookie', world.a.trainee.cookie).expect(403);
  });

  it('prints the figures as a PDF report in French and in English', async () => {
    let french = Buffer.alloc(0);
    for (const lang of ['fr', 'en']) {
      const response = await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/report.pdf?lang=${lang}`).set('Cookie', world.a.trainer.cookie).buffer(true).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain(`-${lang}.pdf`);
      const pdf = Buffer.from(response.body);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (lang === 'fr') french = pdf;
    }
    const text = pdfText(french);
    if (text !== undefined) {
      expect(text).toContain('Rapport de cohorte — Cohorte tableau de bord');
      expect(text).toContain('Taux de certification');
      expect(text).toContain('Groupes de moins de 5 personnes (regroupés)');
      expect(text).not.toMatch(/(Justice|Santé) \d+ ·/);
    }
    await http().get(`/api/organisations/${world.a.id}/cohorts/${cohortId}/report.pdf`).set('Cookie', world.a.trainee.cookie).expect(403);
  });

  it('is refused to trainees, to trainers who do not run the cohort and to other organisations', async () => {
    await dashboard(world.a.trainee.cookie).expect(403);
    await dashboard(world.b.orgAdmin.cookie).expect(404);
    await http().get(`/api/organisations/${world.b.id}/cohorts/${cohortId}/dashboard`).set('Cookie', world.b.orgAdmin.cookie).expect(404);
    await dashboard(world.admin.cookie).expect(200);
  });
});
