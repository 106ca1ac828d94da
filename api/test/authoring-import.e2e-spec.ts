import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { createModuleWithDraft } from './support/authoring.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/moodle', name), 'utf8');

describe('authoring: importing Moodle question banks into a draft', () => {
  let testApp: TestApp;
  let orgs: Awaited<ReturnType<typeof twoOrganisations>>;
  const http = () => request(testApp.http);
  let counter = 0;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    orgs = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  const cookie = () => orgs.a.trainer.cookie;
  const draftOf = async (slug: string) => (await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', cookie()).expect(200)).body;

  it('previews per question without saving, then imports every importable question at once, flagged for translation', async () => {
    const slug = `import-${++counter}`;
    const { revision, definition } = await createModuleWithDraft(testApp, cookie(), orgs.a.id, slug);
    const preview = await http()
      .post(`/api/authoring/modules/${slug}/draft/import/preview?format=gift&language=fr&lang=fr`)
      .set('Cookie', cookie())
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(fixture('droits-de-l-enfant.fr.gift'))
      .expect(200);
    expect(preview.body).toMatchObject({ ready: 7, refused: 3 });
    expect(preview.body.questions[7]).toEqual({ number: 8, line: 38, title: 'Réflexion', status: 'refused', reason: 'le type de question « essay » ne peut pas être importé', notes: [] });
    expect(preview.body.questions[0]).toMatchObject({ status: 'ready', question: { type: 'single_choice', prompt: { en: '' }, needsTranslation: true } });
    expect((await draftOf(slug)).revision).toBe(revision);

    const imported = await http()
      .post(`/api/authoring/modules/${slug}/draft/import?format=gift&language=fr&revision=${revision}`)
      .set('Cookie', cookie())
      .set('Content-Type', 'text/plain')
      .send(fixture('droits-de-l-enfant.fr.gift'))
      .expect(200);
    expect(imported.body.draft.revision).toBe(revision + 1);
    const pool = imported.body.draft.definition.assessment.questions;
    expect(pool).toHaveLength(definition.assessment.questions.length + 7);
    expect(pool.slice(-7).every((q: { needsTranslation: boolean; competency: string }) => q.needsTranslation && q.competency === 'C1')).toBe(true);

    // Publishing waits for the translation and the review.
    const refused = await http().post(`/api/authoring/modules/${slug}/draft/publish`).set('Cookie', cookie()).send({ revision: revision + 1 }).expect(422);
    expect(refused.body.details).toContainEqual(expect.objectContaining({ field: `assessment.questions.${definition.assessment.questions.length}.prompt.en`, rule: 'textMissing' }));
    expect(refused.body.details).toContainEqual(expect.objectContaining({ field: `assessment.questions.${definition.assessment.questions.length}.needsTranslation` }));

    // Importing the same file again gives fresh ids, and a stale revision is refused with nothing imported.
    await http()
      .post(`/api/authoring/modules/${slug}/draft/import?format=gift&language=fr&revision=${revision}`)
      .set('Cookie', cookie())
      .set('Content-Type', 'text/plain')
      .send(fixture('droits-de-l-enfant.fr.gift'))
      .expect(409);
    expect((await draftOf(slug)).definition.assessment.questions).toHaveLength(pool.length);
  });

  it('imports Moodle XML in English', async () => {
    const slug = `import-${++counter}`;
    const { revision } = await createModuleWithDraft(testApp, cookie(), orgs.a.id, slug);
    const imported = await http()
      .post(`/api/authoring/modules/${slug}/draft/import?format=moodle-xml&language=en&revision=${revision}`)
      .set('Cookie', cookie())
      .set('Content-Type', 'application/xml')
      .send(fixture('child-protection.en.xml'))
      .expect(200);
    expect(imported.body).toMatchObject({ ready: 5, refused: 4 });
    expect(imported.body.draft.definition.assessment.questions.at(-1)).toMatchObject({ type: 'matching', prompt: { en: 'Match each professional with their role & duty.', fr: '' } });
  });

  it('previews what each question loses in the trainer’s language, and imports it with its meaning kept', async () => {
    const slug = `import-${++counter}`;
    const { revision, definition } = await createModuleWithDraft(testApp, cookie(), orgs.a.id, slug);
    const previewIn = async (lang: 'fr' | 'en') =>
      (
        await http()
          .post(`/api/authoring/modules/${slug}/draft/import/preview?format=moodle-xml&language=fr&lang=${lang}`)
          .set('Cookie', cookie())
          .set('Content-Type', 'application/xml')
          .send(fixture('droit-d-etre-entendu.fr.xml'))
          .expect(200)
      ).body;
    const [fr, en] = [await previewIn('fr'), await previewIn('en')];
    expect(fr).toMatchObject({ ready: 7, refused: 0 });
    expect(fr.refusal).toBeUndefined();
    expect(fr.questions[0].notes).toContain('La réponse à crédit partiel (50\u00a0%) devient fausse : Clef note juste ou faux.');
    expect(en.questions[0].notes).toContain('The answer with partial credit (50%) becomes wrong: Clef marks answers right or wrong.');
    expect(fr.questions[1].notes).toContain('Une image de l’énoncé n’a pas été reprise.');
    expect(en.questions[1].notes).toContain('An image in the question text was not kept.');

    const imported = await http()
      .post(`/api/authoring/modules/${slug}/draft/import?format=moodle-xml&language=fr&revision=${revision}`)
      .set('Cookie', cookie())
      .set('Content-Type', 'application/xml')
      .send(fixture('droit-d-etre-entendu.fr.xml'))
      .expect(200);
    const [partialCredit] = imported.body.draft.definition.assessment.questions.slice(definition.assessment.questions.length);
    expect(partialCredit).toMatchObject({
      type: 'single_choice',
      points: 2,
      prompt: { fr: 'Selon l’article 12 de la Convention, à qui est garanti le droit d’exprimer librement son opinion ?', en: '' },
      options: [
        { fr: 'À tout enfant capable de discernement', correct: true },
        { fr: 'Aux enfants de plus de 12 ans' },
        { fr: 'Aux seuls adolescents' },
      ],
    });
    expect(partialCredit.options[1].correct).toBeUndefined();
  });

  it('answers bad files with a clear 4xx, never 500, and saves nothing', async () => {
    const slug = `import-${++counter}`;
    const { revision } = await createModuleWithDraft(testApp, cookie(), orgs.a.id, slug);
    const url = (path: string, query = `format=moodle-xml&language=en&revision=${revision}`) => `/api/authoring/modules/${slug}/draft/${path}?${query}`;
    const malformed = await http().post(url('import')).set('Cookie', cookie()).set('Content-Type', 'application/xml').send(fixture('malformed.xml')).expect(400);
    expect(malformed.body.message).toMatch(/^This is not a Moodle XML file: line \d+/);
    await http().post(url('import/preview')).set('Cookie', cookie()).set('Content-Type', 'application/xml').send(fixture('entity-expansion.xml')).expect(400);
    await http().post(url('import/preview')).set('Cookie', cookie()).set('Content-Type', 'text/plain').send('').expect(400);
    await http().post(url('import/preview', 'format=docx&language=en')).set('Cookie', cookie()).set('Content-Type', 'text/plain').send('x{T}').expect(400);
    await http().post(url('import/preview')).set('Cookie', cookie()).set('Content-Type', 'application/pdf').send(Buffer.from('%PDF-1.7')).expect(415);
    await http()
      .post(url('import/preview'))
      .set('Cookie', cookie())
      .set('Content-Type', 'text/plain')
      .send('x'.repeat(6 * 1024 * 1024))
      .expect(413);
    const nothing = await http()
      .post(url('import', `format=gift&language=en&revision=${revision}`))
      .set('Cookie', cookie())
      .set('Content-Type', 'text/plain')
      .send('::Essay::Tell us.{}')
      .expect(400);
    expect(nothing.body.message).toBe('The file holds no question to import.');
    const tooMany = Array.from({ length: 495 }, (_, i) => `::Q${i}::Vrai ${i} ?{T}`).join('\n\n');
    // The preview says it before the trainer confirms: the draft's 10 questions and the file's 495 make 505.
    const refused = await http()
      .post(url('import/preview', 'format=gift&language=fr&lang=en'))
      .set('Cookie', cookie())
      .set('Content-Type', 'text/plain')
      .send(tooMany)
      .expect(200);
    expect(refused.body).toMatchObject({ ready: 495, refusal: 'A pool holds at most 500 questions; with this file it would hold 505. Split the file or remove questions first.' });
    const overflow = await http()
      .post(url('import', `format=gift&language=fr&revision=${revision}`))
      .set('Cookie', cookie())
      .set('Content-Type', 'text/plain')
      .send(tooMany)
      .expect(400);
    expect(overflow.body.message).toBe('A pool holds at most 500 questions; with this file it would hold 505. Split the file or remove questions first.');
    expect((await draftOf(slug)).revision).toBe(revision);
  });

  it('reads a GIFT or XML file saved as Windows-1252 (’ Œ œ € intact) or in the encoding it declares, and refuses one it cannot read', async () => {
    const slug = `import-${++counter}`;
    await createModuleWithDraft(testApp, cookie(), orgs.a.id, slug);
    const preview = (format: string, bytes: Buffer, type: string, lang = 'fr') =>
      http().post(`/api/authoring/modules/${slug}/draft/import/preview?format=${format}&language=fr&lang=${lang}`).set('Cookie', cookie()).set('Content-Type', type).send(bytes);
    // Notepad's "ANSI": ’ is 0x92, Œ 0x8C, œ 0x9C, € 0x80 — all in the range Node's own decoder drops.
    const cp1252 = (text: string) => Buffer.from([...text].map((c) => ({ '’': 0x92, Œ: 0x8c, œ: 0x9c, '€': 0x80, é: 0xe9 })[c] ?? c.charCodeAt(0)));
    const gift = await preview('gift', cp1252('::Œuvre::L’Œuvre coûte 5 € : vrai ?{=Oui, c’est l’œuvre ~Non}'), 'text/plain').expect(200);
    expect(gift.body.questions[0]).toMatchObject({ title: 'Œuvre', question: { prompt: { fr: 'L’Œuvre coûte 5 € : vrai ?' }, options: [{ fr: 'Oui, c’est l’œuvre' }, { fr: 'Non' }] } });
    const question = '<question type="truefalse"><name><text>Œuvre</text></name><questiontext><text>L’Œuvre coûte 5 € ?</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>';
    const undeclared = await preview('moodle-xml', cp1252(`<?xml version="1.0"?><quiz>${question}</quiz>`), 'application/xml').expect(200);
    expect(undeclared.body.questions[0].question.prompt.fr).toBe('L’Œuvre coûte 5 € ?');
    // ISO-8859-15 puts € at 0xA4 and Œ at 0xBC: the declaration is honoured, not a guess.
    const latin9 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-15"?><quiz>${question.replace(/’/g, "'").replace(/Œ/g, '\u00bc').replace(/€/g, '\u00a4')}</quiz>`, 'latin1');
    const declared = await preview('moodle-xml', latin9, 'application/xml').expect(200);
    expect(declared.body.questions[0].question.prompt.fr).toBe("L'Œuvre coûte 5 € ?");
    // What the web client sends: the text it decoded, as UTF-8, under the declaration the file had.
    const utf8 = await preview('moodle-xml', Buffer.from(`<?xml version="1.0" encoding="ISO-8859-15"?><quiz>${question}</quiz>`), 'application/xml').expect(200);
    expect(utf8.body.questions[0].question.prompt.fr).toBe('L’Œuvre coûte 5 € ?');
    const unknown = await preview('moodle-xml', cp1252(`<?xml version="1.0" encoding="x-klingon"?><quiz>${question}</quiz>`), 'application/xml', 'en').expect(400);
    expect(unknown.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: 'This file says it is written in “x-klingon”, an encoding Clef cannot read: save it as UTF-8 and import it again.' });
  });
});
