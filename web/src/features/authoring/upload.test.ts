import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../auth/testing/fake-xhr';
import { upload } from './upload';

const bank = '::Capitale::Paris est la capitale ?{T}';
const preview = (slug: string, onProgress = vi.fn(), signal?: AbortSignal) =>
  upload('/api/authoring/modules/{slug}/draft/import/preview', { params: { path: { slug }, query: { format: 'gift', language: 'fr', lang: 'fr' } }, body: bank, contentType: 'text/plain' }, { onProgress, signal });

describe('upload', () => {
  beforeEach(() => FakeXhr.install());

  it('posts the raw file to the route with its query, and reports the bytes sent until the whole file has left', async () => {
    const onProgress = vi.fn();
    const answer = preview('droits de l’enfant', onProgress);
    const xhr = await FakeXhr.nth(1);
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`${window.location.origin}/api/authoring/modules/droits%20de%20l%E2%80%99enfant/draft/import/preview?format=gift&language=fr&lang=fr`);
    expect(xhr.headers['content-type']).toBe('text/plain');
    expect(await xhr.body?.text()).toBe(bank);
    const size = new TextEncoder().encode(bank).length;
    xhr.progress(10);
    xhr.uploaded();
    expect(onProgress.mock.calls.map(([progress]) => progress)).toEqual([
      { sent: 0, total: size },
      { sent: 10, total: size },
      { sent: size, total: size },
    ]);
    await xhr.respond(200, { ready: 1, refused: 0, questions: [] });
    expect(await answer).toEqual({ ok: true, status: 200, data: { ready: 1, refused: 0, questions: [] } });
  });

  it('gives an error answer with its status and body, and no body when the answer is not JSON (a failure, even with a 2xx)', async () => {
    const refused = preview('a');
    await (await FakeXhr.nth(1)).respond(400, { statusCode: 400, error: 'Bad Request', message: 'This is not a GIFT file.' });
    expect(await refused).toEqual({ ok: false, status: 400, error: { statusCode: 400, error: 'Bad Request', message: 'This is not a GIFT file.' } });

    const proxyPage = preview('a');
    await (await FakeXhr.nth(2)).respond(502, '<html>Bad Gateway</html>');
    expect(await proxyPage).toEqual({ ok: false, status: 502, error: undefined });

    const emptySuccess = preview('a');
    await (await FakeXhr.nth(3)).respond(200, '');
    expect(await emptySuccess).toEqual({ ok: false, status: 200, error: undefined });
  });

  it('rejects when the network fails, and when the caller cancels (stopping the upload)', async () => {
    const offline = expect(preview('a')).rejects.toThrow(TypeError);
    await (await FakeXhr.nth(1)).failNetwork();
    await offline;

    const controller = new AbortController();
    const cancelled = expect(preview('a', vi.fn(), controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    const xhr = await FakeXhr.nth(2);
    controller.abort();
    await cancelled;
    expect(xhr.aborted).toBe(true);
  });
});
