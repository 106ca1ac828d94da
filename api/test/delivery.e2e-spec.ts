import { rmSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { createApp } from '../src/app/create-app.js';
import { loadConfig } from '../src/config/config.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { copyContent } from './support/content-fixture.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { fakeWebBuild, SCRIPT } from './support/web-build.js';

describe('delivery: compression and caching', () => {
  let testApp: TestApp;
  let content: ReturnType<typeof copyContent>;
  let dist: string;
  const http = () => request(testApp.http);
  /** What crossed the wire, undecoded (supertest would inflate it): Fastify's own request injection. */
  const raw = async (url: string, headers: Record<string, string>) => {
    const response = await testApp.app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });
    expect(response.statusCode).toBe(200);
    return { headers: response.headers, body: response.rawPayload };
  };

  beforeAll(async () => {
    dist = fakeWebBuild();
    content = copyContent();
    testApp = await createTestApp({ CLEF_WEB_DIST: dist, NODE_ENV: 'production', CLEF_PUBLIC_URL: 'https://clef.example', SMTP_URL: 'smtp://127.0.0.1:2525' });
    await testApp.app.get(ContentLoaderService).load(content.dir);
  });
  afterAll(async () => {
    await testApp.close();
    content.remove();
    rmSync(dist, { recursive: true, force: true });
  });

  describe('built web client', () => {
    it('sends the precompressed brotli file when asked, cached for a year as immutable', async () => {
      const response = await raw('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br, gzip' });
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
    });

    it('sends gzip to a client that takes only gzip, and the plain file to one that takes neither', async () => {
      const gzipped = await raw('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzipped.body).toString()).toBe(SCRIPT);
      const plain = await raw('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(SCRIPT);
    });

    it('makes the browser revalidate index.html and client routes, compressed', async () => {
      for (const path of ['/', '/modules']) {
        const response = await raw(path, { 'accept-encoding': 'br' });
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.headers['content-encoding']).toBe('br');
        expect(brotliDecompressSync(response.body).toString()).toContain('<div id="root">');
      }
    });

    it('never serves source maps in production', async () => {
      const response = await http().get('/assets/index-Ab12Cd34.js.map').expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    });
  });

  describe('published content API', () => {
    const paths = ['/api/modules?lang=fr', '/api/modules/hearing-the-child?lang=en', '/api/modules/hearing-the-child/lessons/1?lang=fr'];

    it.each(paths)('%s: brotli or gzip when asked, identity when not', async (path) => {
      const br = await raw(path, { 'accept-encoding': 'br, gzip' });
      expect(br.headers['content-encoding']).toBe('br');
      const gz = await raw(path, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      const plain = await raw(path, { 'accept-encoding': 'identity' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(plain.body.toString()));
      expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(JSON.parse(plain.body.toString()));
      expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(plain.headers['cache-control']).toBe('public, no-cache');
    });

    it.each(paths)('%s: an ETag, and 304 without a body when the client holds it', async (path) => {
      const first = await http().get(path).set('Accept-Encoding', 'br').expect(200);
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      const again = await http().get(path).set('Accept-Encoding', 'br').set('If-None-Match', first.headers.etag).expect(304);
      expect(again.text ?? '').toBe('');
      expect(again.headers.etag).toBe(first.headers.etag);
    });

    it('gives each language its own body and tag', async () => {
      const fr = await http().get('/api/modules/hearing-the-child/lessons/1?lang=fr').expect(200);
      const en = await http().get('/api/modules/hearing-the-child/lessons/1').set('Accept-Language', 'en').expect(200);
      expect(fr.body.title).toBe("Pourquoi entendre l'enfant");
      expect(en.body.title).toBe('Why hearing children matters');
      expect(en.headers.etag).not.toBe(fr.headers.etag);
      await http().get('/api/modules/hearing-the-child/lessons/1?lang=en').set('If-None-Match', fr.headers.etag).expect(200);
    });

    it('still answers a missing module with the JSON 404, in the asked language', async () => {
      const response = await http().get('/api/modules/no-such-module?lang=fr').expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      expect(response.body.message).toMatch(/no-such-module/);
    });

    it('a publish on another instance changes the tags at once: the new lesson text, not a 304', async () => {
      const lesson = '/api/modules/hearing-the-child/lessons/1?lang=en';
      const before = await http().get(lesson).expect(200);
      const catalogueBefore = await http().get('/api/modules?lang=en').expect(200);
      // A second instance of the app on the same database publishes version 2 of the module.
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CLEF_WEB_DIST: dist });
      const other = await createApp(config.withDatabaseUrl(testApp.database.url));
      try {
        content.edit('modules/hearing-the-child/lessons/01-why-hearing-matters.en.md', (text) =>
          text.replace('# Why hearing children matters', '# Why hearing children matters\n\nRevised after a trainers’ review.'),
        );
        await other.get(ContentLoaderService).load(content.dir);
      } finally {
        await other.close();
      }
      const after = await http().get(lesson).set('If-None-Match', before.headers.etag).expect(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(after.body.html).toContain('Revised after a trainers’ review.');
      const catalogueAfter = await http().get('/api/modules?lang=en').set('If-None-Match', catalogueBefore.headers.etag).expect(200);
      expect(catalogueAfter.body.items.find((m: { slug: string }) => m.slug === 'hearing-the-child').version).toBe(2);
    });

    it('an archived module leaves the cached catalogue at once', async () => {
      const before = await http().get('/api/modules?lang=en&pageSize=50').expect(200);
      expect(before.body.items.map((m: { slug: string }) => m.slug)).toContain('working-together');
      await testApp.dataSource.query(`UPDATE modules SET archived_at = now() WHERE slug = 'working-together'`);
      const after = await http().get('/api/modules?lang=en&pageSize=50').set('If-None-Match', before.headers.etag).expect(200);
      expect(after.body.items.map((m: { slug: string }) => m.slug)).not.toContain('working-together');
      await http().get('/api/modules/working-together?lang=en').expect(404);
    });
  });
});
