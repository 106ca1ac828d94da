import { unzipSync } from 'fflate';
import sharp from 'sharp';
import request from 'supertest';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { completeDefinition, createModuleWithDraft } from './support/authoring.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { twoOrganisations } from './support/organisation-fixture.js';
import { binary } from './support/binary.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** A camera photograph: 2400 × 1600, with EXIF naming the camera's owner and the place, as phones write it. */
const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 200, g: 120, b: 40 } } })
  .jpeg()
  .withExif({ IFD0: { Artist: 'Claire Martin', ImageDescription: 'Domicile de la famille Durand' } })
  .toBuffer();
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');

describe('authoring: lesson images', () => {
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

  const trainer = () => orgs.a.trainer.cookie;
  const upload = (slug: string, bytes: Buffer, type: string, cookie = trainer(), lang = 'en') =>
    http().post(`/api/authoring/modules/${slug}/images?lang=${lang}`).set('Cookie', cookie).set('Content-Type', type).send(bytes);

  it('resizes an upload for phones, re-encodes it as WebP without its metadata, and serves it as immutable', async () => {
    const slug = `images-${++counter}`;
    await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    const uploaded = await upload(slug, photo, 'image/jpeg').expect(201);
    expect(uploaded.body).toEqual({ hash: expect.stringMatching(/^[0-9a-f]{64}$/), ref: `images/${uploaded.body.hash}.webp`, url: `/api/images/${uploaded.body.hash}.webp`, width: 1024, height: 683 });
    // Anyone reading a lesson fetches it: no cookie.
    const served = await http().get(uploaded.body.url).buffer(true).parse(binary).expect(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(served.body as Buffer).metadata();
    expect({ format: meta.format, width: meta.width, exif: meta.exif, icc: meta.icc, xmp: meta.xmp }).toEqual({ format: 'webp', width: 1024, exif: undefined, icc: undefined, xmp: undefined });
    expect((served.body as Buffer).includes('Durand')).toBe(false);
    // The same picture twice is the same image.
    expect((await upload(slug, photo, 'image/jpeg').expect(201)).body.hash).toBe(uploaded.body.hash);
    await http().get(`/api/images/${'0'.repeat(64)}.webp`).expect(404);
    await http().get('/api/images/..%2F..%2Fetc.webp').expect(404);
  });

  it('refuses SVG, other formats, damaged and oversized files with a clear 4xx in the caller’s language; another organisation’s module is 404', async () => {
    const slug = `images-${++counter}`;
    await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    await upload(slug, svg, 'image/svg+xml').expect(415);
    const disguised = await upload(slug, svg, 'image/png', trainer(), 'fr').expect(415);
    expect(disguised.body).toEqual({ statusCode: 415, error: 'Unsupported Media Type', message: 'Seules les images JPEG, PNG et WebP peuvent être ajoutées (le SVG et les autres formats sont refusés).' });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'red' } }).gif().toBuffer();
    await upload(slug, gif, 'image/png').expect(415);
    await upload(slug, Buffer.from('not an image at all'), 'image/jpeg').expect(415);
    await upload(slug, Buffer.concat([photo, Buffer.alloc(6 * 1024 * 1024)]), 'image/jpeg').expect(413);
    await upload(slug, photo, 'image/jpeg', orgs.b.trainer.cookie).expect(404);
    expect(Number((await testApp.dataSource.query(`SELECT count(*) AS n FROM lesson_images`))[0].n)).toBe(1);
  });

  it('refuses to publish an image with no text alternative or from another site, naming its place; learners then see the served image', async () => {
    const slug = `images-${++counter}`;
    const { hash } = (await (async () => {
      await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
      return (await upload(slug, photo, 'image/jpeg').expect(201)).body;
    })()) as { hash: string };
    const definition = completeDefinition();
    const neverAdded = `images/${'b'.repeat(64)}.webp`;
    definition.lessons[0].body = { fr: `Le juge écoute.\n\n![](images/${hash}.webp)\n\n![Une salle d’audience](${neverAdded})`, en: `The judge listens.\n\n![A judge listening to a child](https://example.org/judge.png)` };
    const draft = (await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer())).body;
    const saved = await http().put(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).send({ revision: draft.revision, definition }).expect(200);
    const refused = await http().post(`/api/authoring/modules/${slug}/draft/publish?lang=fr`).set('Cookie', trainer()).send({ revision: saved.body.revision }).expect(422);
    expect(refused.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'lessons.0.body.fr', rule: 'imageAlt', message: expect.stringContaining('l’image 1 n’a pas de texte de remplacement') }),
        expect.objectContaining({ field: 'lessons.0.body.en', rule: 'externalImage', message: expect.stringContaining('https://example.org/judge.png') }),
        expect.objectContaining({ field: 'lessons.0.body.fr', rule: 'imageMissing', message: `l’image ${neverAdded} ne fait pas partie des images de ce module (elle n’y a jamais été ajoutée)\u00a0: ajoutez-la à nouveau avec «\u00a0Ajouter une image\u00a0»` }),
      ]),
    );
    // The editor's live check says the same, at the same places.
    const check = await http().get(`/api/authoring/modules/${slug}/draft/check?lang=en`).set('Cookie', trainer()).expect(200);
    expect(check.body.problems.map((p: { field: string; rule: string }) => `${p.field} ${p.rule}`)).toEqual(
      expect.arrayContaining(['lessons.0.body.fr imageAlt', 'lessons.0.body.fr imageMissing', 'lessons.0.body.en externalImage']),
    );

    definition.lessons[0].body = { fr: `Le juge écoute.\n\n![Un juge écoute une enfant](images/${hash}.webp)`, en: `The judge listens.\n\n![A judge listening to a child](images/${hash}.webp)` };
    const fixed = await http().put(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).send({ revision: saved.body.revision, definition }).expect(200);
    await http().post(`/api/authoring/modules/${slug}/draft/publish`).set('Cookie', trainer()).send({ revision: fixed.body.revision }).expect(201);
    const lesson = await http().get(`/api/modules/${slug}/lessons/1?lang=fr`).expect(200);
    expect(lesson.body.html).toContain(`<img src="/api/images/${hash}.webp" alt="Un juge écoute une enfant" loading="lazy">`);
  });

  it('carries the images in module zips: exported beside the lessons, imported with the module', async () => {
    const slug = `images-${++counter}`;
    await createModuleWithDraft(testApp, trainer(), orgs.a.id, slug);
    const { hash } = (await upload(slug, photo, 'image/jpeg').expect(201)).body as { hash: string };
    const definition = completeDefinition();
    definition.lessons[1].body = { fr: `![Un juge](images/${hash}.webp)`, en: `![A judge](images/${hash}.webp)` };
    const draft = (await http().get(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer())).body;
    await http().put(`/api/authoring/modules/${slug}/draft`).set('Cookie', trainer()).send({ revision: draft.revision, definition }).expect(200);
    const zip = await http().get(`/api/authoring/modules/${slug}/export.zip?draft=1`).set('Cookie', trainer()).buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    expect(Object.keys(files)).toContain(`${slug}/images/${hash}.webp`);

    const copy = `${slug}-copy`;
    await http().post(`/api/authoring/modules/import.zip?slug=${copy}&organisationId=${orgs.a.id}`).set('Cookie', trainer()).set('Content-Type', 'application/zip').send(zip.body).expect(201);
    const stored = await testApp.dataSource.query(`SELECT i.hash FROM lesson_images i JOIN modules m ON m.id = i.module_id WHERE m.slug = $1`, [copy]);
    expect(stored).toEqual([{ hash }]);
    // An image whose bytes do not match its name is not kept.
    const tampered = { ...files, [`${slug}/images/${hash}.webp`]: files[`${slug}/images/${hash}.webp`].map((byte, index) => (index === 100 ? byte ^ 1 : byte)) };
    const { zipSync } = await import('fflate');
    const other = `${slug}-tampered`;
    await http().post(`/api/authoring/modules/import.zip?slug=${other}&organisationId=${orgs.a.id}`).set('Cookie', trainer()).set('Content-Type', 'application/zip').send(Buffer.from(zipSync(tampered))).expect(201);
    expect(await testApp.dataSource.query(`SELECT i.hash FROM lesson_images i JOIN modules m ON m.id = i.module_id WHERE m.slug = $1`, [other])).toEqual([]);
  });
});
