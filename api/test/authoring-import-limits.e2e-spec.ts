import request from 'supertest';
import { importWorkload } from '../src/authoring/import/import-workers.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { createModuleWithDraft } from './support/authoring.js';
import { lyingZip } from './support/lying-zip.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Resolves once `condition` holds, checking between turns of the event loop. */
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};
const text = (words: number) => 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(words / 8);
/** The outside probe's file: 5 MB of tiny GIFT questions, 165,000 of them. */
const flood = () => Array.from({ length: 165_000 }, (_, i) => `Q${i} {T}`).join('\n\n').padEnd(5_000_000, '\n');
/** The largest GIFT file the limits let through: 500 questions of 10 KB, 5 MB in all. */
const largestGift = () => Array.from({ length: 500 }, (_, i) => `::Q${i}:: ${text(1_400)} {=right ~wrong ~other}`).join('\n\n');
const largestXml = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${Array.from(
    { length: count },
    (_, i) => `<question type="truefalse"><name><text>Q${i}</text></name><questiontext format="html"><text><![CDATA[<p>${text(1_300)}</p>]]></text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`,
  ).join('\n')}\n</quiz>`;
/**
 * 500 questions that pass the count but take far longer than the time budget to read: Markdown link syntax that never
 * closes makes the text conversion quadratic (about 15 s for the file on an idle machine, against a 5 s budget).
 */
const tooComplex = () => Array.from({ length: 500 }, (_, i) => `::S${i}:: [markdown]${'['.repeat(9_000)} {T}`).join('\n\n');

describe('authoring: imports cannot freeze the server', () => {
  let testApp: TestApp;
  let orgs: Awaited<ReturnType<typeof twoOrganisations>>;
  const http = () => request(testApp.http);
  const cookie = () => orgs.a.trainer.cookie;
  let counter = 0;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    orgs = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  const newDraft = async () => {
    const slug = `limits-${++counter}`;
    return { slug, ...(await createModuleWithDraft(testApp, cookie(), orgs.a.id, slug)) };
  };
  const preview = (slug: string, format: string, source: string, lang = 'en') =>
    http()
      .post(`/api/authoring/modules/${slug}/draft/import/preview?format=${format}&language=en&lang=${lang}`)
      .set('Cookie', cookie())
      .set('Content-Type', format === 'gift' ? 'text/plain' : 'application/xml')
      .send(source);
  const importInto = (slug: string, revision: number, source: string) =>
    http().post(`/api/authoring/modules/${slug}/draft/import?format=gift&language=en&revision=${revision}`).set('Cookie', cookie()).set('Content-Type', 'text/plain').send(source);

  it('refuses a 5 MB file of 165,000 questions at once, naming the limit, and saves nothing', async () => {
    const { slug, revision, definition } = await newDraft();
    const source = flood();
    expect(source.length).toBe(5_000_000);
    const english = await preview(slug, 'gift', source).expect(413);
    expect(english.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: expect.stringContaining('more than 500 questions') });
    const french = await importInto(slug, revision, source).set('Accept-Language', 'fr').expect(413);
    expect(french.body.message).toBe('Ce fichier contient plus de 500\u00a0questions, le maximum d’une banque de questions\u00a0: découpez-le en fichiers plus petits.');
    const draft = await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', cookie()).expect(200);
    expect(draft.body).toMatchObject({ revision, definition: { assessment: { questions: definition.assessment.questions } } });
  });

  it('answers Moodle XML nested 100,000 levels deep with a 400', async () => {
    const { slug } = await newDraft();
    const deep = `<?xml version="1.0"?><quiz>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</quiz>`;
    const response = await preview(slug, 'moodle-xml', deep, 'fr').expect(400);
    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Ce fichier XML imbrique ses éléments sur plus de 32\u00a0niveaux\u00a0; un export Moodle n’en utilise jamais autant.' });
  });

  it('refuses a zip whose header hides 40 MB behind a claim of 100 bytes', async () => {
    const zip = lyingZip({ 'bomb/module.yaml': new Uint8Array(40 * 1024 * 1024) }, 100);
    const response = await http().post(`/api/authoring/modules/import.zip?slug=bomb&organisationId=${orgs.a.id}`).set('Cookie', cookie()).set('Content-Type', 'application/zip').send(Buffer.from(zip)).expect(400);
    expect(response.body.message).toMatch(/too large once unpacked/);
  });

  it('keeps health and the catalogue answering, and holds no database connection, while heavy imports are read', async () => {
    const drafts = await Promise.all([newDraft(), newDraft(), newDraft(), newDraft()]);
    const gift = largestGift();
    const xml = largestXml(480);
    expect(gift.length).toBeGreaterThan(4_900_000);
    expect(xml.length).toBeGreaterThan(4_500_000);
    const finished: string[] = [];
    const track = <T>(name: string, call: PromiseLike<T>) => Promise.resolve(call).then((result) => (finished.push(name), result));

    const imports = Promise.all([
      track('slow preview', preview(drafts[0].slug, 'gift', tooComplex())),
      track('slow import', importInto(drafts[1].slug, drafts[1].revision, tooComplex())),
      track('largest gift', preview(drafts[2].slug, 'gift', gift)),
      track('largest xml', http().post(`/api/authoring/modules/${drafts[3].slug}/draft/import?format=moodle-xml&language=en&revision=${drafts[3].revision}`).set('Cookie', cookie()).set('Content-Type', 'application/xml').send(xml)),
    ]);
    // Once every import has reached the workers (its body received; its file read, being read or waiting its turn):
    const answered = () => finished.length;
    await until(() => importWorkload().reading + importWorkload().waiting + answered() === 4);
    expect(finished).not.toContain('slow preview');
    const health = await track('health', http().get('/api/health'));
    const catalogue = await track('catalogue', http().get('/api/modules?lang=fr'));
    const [connections] = await testApp.dataSource.query(`SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`);
    const stillReading = 4 - finished.filter((name) => !['health', 'catalogue'].includes(name)).length;
    const [slowPreview, slowImport, largestGiftPreview, largestXmlImport] = await imports;

    expect(health.status).toBe(200);
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.items.length).toBeGreaterThan(0);
    // Both answered while imports were still being read, and no import held a transaction open meanwhile.
    expect(finished.indexOf('catalogue')).toBeLessThan(finished.indexOf('slow preview'));
    expect(stillReading).toBeGreaterThan(0);
    expect(connections.open).toBe(0);

    for (const slow of [slowPreview, slowImport]) {
      expect(slow.status).toBe(422);
      expect(slow.body).toEqual({ statusCode: 422, error: 'Unprocessable Entity', message: expect.stringContaining('takes too long (more than 5 seconds)') });
    }
    expect(largestGiftPreview.status).toBe(200);
    expect(largestGiftPreview.body).toMatchObject({ ready: 500, refused: 0 });
    // The answer is about the size of the file, not ten times it.
    expect(largestGiftPreview.text.length).toBeLessThan(gift.length * 1.3);
    expect(largestXmlImport.status).toBe(200);
    expect(largestXmlImport.body.draft.definition.assessment.questions).toHaveLength(drafts[3].definition.assessment.questions.length + 480);
    const untouched = await http().get(`/api/authoring/modules/${drafts[1].slug}/draft`).set('Cookie', cookie()).expect(200);
    expect(untouched.body.revision).toBe(drafts[1].revision);
  }, 120_000);
});
