import request from 'supertest';
import { verifyOpenBadgeCredential } from '../src/certificates/credentials/index.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { completeModule } from './support/complete-module.js';
import { BUNDLED_CONTENT, copyContent } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { ob3SchemaErrors } from './support/ob3-schema.js';
import { pdfText } from './support/pdf-text.js';
import { signUp } from './support/session-agent.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const JOURNEY = ['my-rights', 'my-voice-counts', 'staying-safe'];

describe('programmes: certification tracks and their certificate', () => {
  let testApp: TestApp;
  const http = () => request(testApp.http);

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
  });
  afterAll(() => testApp.close());

  it('lists the programmes with their modules in order, in French and in English', async () => {
    const fr = (await http().get('/api/programmes?lang=fr').expect(200)).body.items;
    expect(fr.map((p: { slug: string }) => p.slug).sort()).toEqual(['child-friendly-justice-foundations', 'exploitation-and-trafficking', 'health-care-for-child-victims', 'my-rights-journey', 'my-rights-teens', 'protecting-children-together']);
    const justice = fr.find((p: { slug: string }) => p.slug === 'child-friendly-justice-foundations');
    expect(justice.title).toBe("Fondamentaux d'une justice adaptée aux enfants");
    expect(justice.modules.map((m: { slug: string }) => m.slug)).toEqual(['child-rights-in-practice', 'hearing-the-child', 'child-friendly-justice']);
    expect(justice.modules[1]).toMatchObject({ title: "Entendre l'enfant", completed: null });
    expect(justice.certificateCode).toBeNull();
    const exploitation = fr.find((p: { slug: string }) => p.slug === 'exploitation-and-trafficking');
    expect(exploitation.title).toBe("Lutter contre l'exploitation et la traite des enfants");
    expect(exploitation.modules.map((m: { slug: string }) => m.slug)).toEqual(['child-rights-in-practice', 'trafficking-exploitation', 'child-friendly-justice']);
    const en = (await http().get('/api/programmes/child-friendly-justice-foundations?lang=en').expect(200)).body;
    expect(en.title).toBe('Fundamentals of child-friendly justice');
    expect(en.modules[1].title).toBe('Hearing the child');
    const missing = await http().get('/api/programmes/no-such-track?lang=fr').expect(404);
    expect(missing.body.message).toBe('Il n’existe pas de parcours « no-such-track ».');
  });

  it('issues the programme certificate once, when the last of its modules is completed, with PDF, credential and verification', async () => {
    const learner = await signUp(testApp, { displayName: 'Awa Diop', preferredLanguage: 'fr' });
    const mine = async () => (await http().get('/api/me/certificates?lang=fr').set('Cookie', learner.cookie).expect(200)).body.items;
    await completeModule(testApp, learner.cookie, JOURNEY[0]);
    await completeModule(testApp, learner.cookie, JOURNEY[1]);
    expect((await mine()).filter((c: { kind: string }) => c.kind === 'programme')).toEqual([]);
    const progress = (await http().get('/api/programmes/my-rights-journey').set('Cookie', learner.cookie).expect(200)).body;
    expect(progress.modules.map((m: { completed: boolean }) => m.completed)).toEqual([true, true, false]);

    await completeModule(testApp, learner.cookie, JOURNEY[2]);
    const certificates = await mine();
    expect(certificates.filter((c: { kind: string }) => c.kind === 'module')).toHaveLength(3);
    const programme = certificates.filter((c: { kind: string }) => c.kind === 'programme');
    expect(programme).toHaveLength(1);
    expect(programme[0]).toMatchObject({ moduleSlug: 'my-rights-journey', moduleTitle: 'Mon parcours des droits', version: null, status: 'valid' });
    const code = programme[0].code;
    expect((await http().get('/api/programmes/my-rights-journey').set('Cookie', learner.cookie)).body.certificateCode).toBe(code);

    const verification = (await http().get(`/api/certificates/verify/${code}?lang=en`).expect(200)).body;
    expect(verification).toMatchObject({ kind: 'programme', holderName: 'Awa Diop', moduleTitle: 'My rights journey', version: null, status: 'valid', signatureValid: true });
    expect(verification.programmeModules).toEqual(['My rights', 'My voice counts', 'Staying safe and asking for help']);
    expect(verification.competencies.length).toBeGreaterThan(1);

    const credential = (await http().get(`/api/certificates/${code}/credential`).set('Cookie', learner.cookie).expect(200)).body;
    expect(credential.credentialSubject.achievement.name).toBe('Mon parcours des droits');
    expect(credential.credentialSubject.achievement.criteria.narrative).toContain('Ma voix compte');
    expect(ob3SchemaErrors(credential)).toEqual([]);
    const check = await verifyOpenBadgeCredential(credential);
    expect(check.signatureValid).toBe(true);

    const pdf = await http().get(`/api/certificates/${code}/pdf?lang=fr`).set('Cookie', learner.cookie).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(Buffer.from(pdf.body));
    if (text !== undefined) {
      expect(text).toContain('Mon parcours des droits');
      expect(text).toContain('tous les modules du parcours de certification');
      expect(text).toContain('Mes droits · Ma voix compte · Être en sécurité');
    }

    // Completing one of its modules again (a renewal) does not issue the programme twice.
    await testApp.dataSource.query(
      `UPDATE certificates SET expires_at = now() - interval '1 day' WHERE user_id = $1 AND programme_id IS NULL AND module_version_id IN
         (SELECT v.id FROM module_versions v JOIN modules m ON m.id = v.module_id WHERE m.slug = 'my-rights')`,
      [learner.id],
    );
    await completeModule(testApp, learner.cookie, 'my-rights');
    expect((await mine()).filter((c: { kind: string }) => c.kind === 'programme')).toHaveLength(1);
  });

  it('lets an org admin create a cohort that follows a programme, and refuses a programme with modules, or an unknown one', async () => {
    const world = await twoOrganisations(testApp);
    const create = (body: object) => http().post(`/api/organisations/${world.a.id}/cohorts?lang=fr`).set('Cookie', world.a.orgAdmin.cookie).send(body);
    const cohort = (await create({ name: 'Promotion justice 2027', programmeSlug: 'child-friendly-justice-foundations' }).expect(201)).body;
    expect(cohort.programme).toEqual({ slug: 'child-friendly-justice-foundations', title: "Fondamentaux d'une justice adaptée aux enfants" });
    expect(cohort.modules.map((m: { slug: string }) => m.slug)).toEqual(['child-rights-in-practice', 'hearing-the-child', 'child-friendly-justice']);

    const both = await create({ name: 'Les deux', programmeSlug: 'my-rights-journey', moduleSlugs: ['my-rights'] }).expect(400);
    expect(both.body.message).toBe('Choisissez soit un parcours, soit une liste de modules, pas les deux.');
    await create({ name: 'Aucun' }).expect(400);
    const unknown = await create({ name: 'Inconnu', programmeSlug: 'no-such-track' }).expect(400);
    expect(unknown.body.message).toBe('Il n’existe pas de parcours « no-such-track ».');
    const plain = (await create({ name: 'Modules seuls', moduleSlugs: ['my-rights'] }).expect(201)).body;
    expect(plain.programme).toBeNull();
  });

  it('archives a programme that leaves content/, keeping its certificates verifiable', async () => {
    const content = copyContent();
    try {
      content.edit('programmes.yaml', (text) => text.slice(0, text.indexOf('  - slug: my-rights-journey')));
      await testApp.app.get(ContentLoaderService).load(content.dir);
      const slugs = (await http().get('/api/programmes').expect(200)).body.items.map((p: { slug: string }) => p.slug);
      expect(slugs).not.toContain('my-rights-journey');
      await http().get('/api/programmes/my-rights-journey').expect(404);
      const [{ code }] = await testApp.dataSource.query(`SELECT code FROM certificates WHERE programme_id IS NOT NULL LIMIT 1`);
      expect((await http().get(`/api/certificates/verify/${code}`).expect(200)).body.status).toBe('valid');
    } finally {
      content.remove();
      await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    }
  });
});
