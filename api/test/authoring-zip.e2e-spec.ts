import { lessonName } from '../src/content/lesson-key.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { readContent } from '../src/content/content-reader.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { binary } from './support/binary.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const filesOf = (zip: Buffer) => Object.fromEntries(Object.entries(unzipSync(new Uint8Array(zip))).map(([name, data]) => [name, strFromU8(data)]));

describe('authoring: module zips in the content/ layout', () => {
  let testApp: TestApp;
  let orgs: Awaited<ReturnType<typeof twoOrganisations>>;
  const http = () => request(testApp.http);

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    orgs = await twoOrganisations(testApp);
  });
  afterAll(() => testApp.close());

  const exportOf = async (slug: string, cookie: string, query = '') =>
    (await http().get(`/api/authoring/modules/${slug}/export.zip${query}`).set('Cookie', cookie).buffer(true).parse(binary).expect(200)).body as Buffer;
  const importZip = (zip: Buffer | Uint8Array, slug: string, cookie = orgs.a.trainer.cookie) =>
    http().post(`/api/authoring/modules/import.zip?slug=${slug}&organisationId=${orgs.a.id}`).set('Cookie', cookie).set('Content-Type', 'application/zip').send(Buffer.from(zip));

  it('round trip: a bundled module exported, imported under a new slug and published gives the same module', async () => {
    const original = await exportOf('hearing-the-child', orgs.admin.cookie);
    const files = filesOf(original);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['hearing-the-child/module.yaml', 'hearing-the-child/assessment.yaml', 'hearing-the-child/lessons/01-why-hearing-matters.fr.md']));

    const imported = await importZip(original, 'hearing-the-child-copy').expect(201);
    const bundled = readContent(BUNDLED_CONTENT).bundle.modules.find((m) => m.slug === 'hearing-the-child')!;
    // The draft holds each lesson's stable name; publishing numbers it again (NN-name), as the files are.
    const stableNames = bundled.lessons.map((lesson) => ({ ...lesson, key: lessonName(lesson.key) }));
    expect(imported.body.definition).toEqual({ ...bundled, slug: 'hearing-the-child-copy', lessons: stableNames });
    await http().post('/api/authoring/modules/hearing-the-child-copy/draft/publish').set('Cookie', orgs.a.trainer.cookie).send({ revision: imported.body.revision }).expect(201);

    const again = filesOf(await exportOf('hearing-the-child-copy', orgs.a.trainer.cookie));
    const renamed = Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name.replace('hearing-the-child/', 'hearing-the-child-copy/'), text.replace('slug: hearing-the-child\n', 'slug: hearing-the-child-copy\n')]),
    );
    expect(again).toEqual(renamed);

    const [a, b] = await Promise.all(
      ['hearing-the-child', 'hearing-the-child-copy'].map(async (slug) => (await http().get(`/api/modules/${slug}`).expect(200)).body),
    );
    expect({ ...b, slug: 'x', version: 0, publishedAt: 0 }).toEqual({ ...a, slug: 'x', version: 0, publishedAt: 0 });
  });

  it('exports the draft with ?draft=1, and imports a zip into an existing draft', async () => {
    const source = filesOf(await exportOf('my-voice-counts', orgs.admin.cookie));
    const edited = Object.fromEntries(
      Object.entries(source).map(([name, text]) => [name, strToU8(name.endsWith('module.yaml') ? text.replace(/minutes: \d+/, 'minutes: 77') : text)]),
    );
    const created = await importZip(zipSync(edited), 'my-voice-counts-copy').expect(201);
    const draft = await http().post(`/api/authoring/modules/my-voice-counts-copy/draft/import.zip?revision=${created.body.revision}`).set('Cookie', orgs.a.trainer.cookie).set('Content-Type', 'application/zip').send(Buffer.from(zipSync(edited))).expect(200);
    expect(draft.body).toMatchObject({ revision: created.body.revision + 1, definition: { minutes: 77 } });
    const exported = filesOf(await exportOf('my-voice-counts-copy', orgs.a.trainer.cookie, '?draft=1'));
    expect(exported['my-voice-counts-copy/module.yaml']).toContain('minutes: 77');
    await http().get('/api/authoring/modules/my-voice-counts-copy/export.zip').set('Cookie', orgs.a.trainer.cookie).expect(404);
  });

  it('refuses what is not a sound module zip: not a zip, unsafe names, bombs, reader and rule problems', async () => {
    const valid = filesOf(await exportOf('my-rights', orgs.admin.cookie));
    const zipOf = (files: Record<string, string | Uint8Array>) => zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, typeof t === 'string' ? strToU8(t) : t])));

    expect((await importZip(Buffer.from('PK not really a zip'), 'bad-1').expect(400)).body.message).toMatch(/not a zip/);
    await importZip(Buffer.from('%PDF-1.7 …'), 'bad-2').expect(400);
    const traversal = await importZip(zipOf({ ...valid, 'my-rights/../../etc/evil.md': 'x' }), 'bad-3').expect(400);
    expect(traversal.body.message).toMatch(/unsafe name: my-rights\/..\/..\/etc\/evil.md/);
    await importZip(zipOf({ '/etc/passwd': 'x' }), 'bad-4').expect(400);
    const bomb = await importZip(zipOf({ ...valid, 'my-rights/lessons/09-zeros.fr.md': new Uint8Array(3 * 1024 * 1024) }), 'bad-5').expect(400);
    expect(bomb.body.message).toMatch(/too large once unpacked/);
    const many = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`lessons/${String(i % 100).padStart(2, '0')}-l${i}.fr.md`, '# t\n\nb']));
    await importZip(zipOf(many), 'bad-6').expect(400);

    const { ['my-rights/assessment.yaml']: _gone, ...withoutAssessment } = valid;
    const missing = await importZip(zipOf(withoutAssessment), 'bad-7').expect(400);
    expect(missing.body.details).toContainEqual(expect.objectContaining({ field: 'assessment.yaml', message: expect.stringContaining('file is missing') }));
    const noEnglish = await importZip(zipOf({ ...valid, 'my-rights/module.yaml': valid['my-rights/module.yaml'].replace(/\n {2}en: .*\n/, '\n') }), 'bad-8').expect(400);
    expect(noEnglish.body.details[0].field).toMatch(/^module.yaml:\d+ title.en$/);
    const smallPool = await importZip(zipOf({ ...valid, 'my-rights/assessment.yaml': valid['my-rights/assessment.yaml'].replace(/draw: \d+/, 'draw: 40') }), 'bad-9').expect(422);
    expect(smallPool.body.details).toContainEqual(expect.objectContaining({ field: 'assessment.draw' }));

    const slugs = (await testApp.dataSource.query(`SELECT slug FROM modules WHERE slug LIKE 'bad-%'`)) as unknown[];
    expect(slugs).toEqual([]);
  });
});
