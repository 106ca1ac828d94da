import { act } from '@testing-library/react';
import { vi } from 'vitest';

type Target = 'upload' | 'request';

/**
 * A stand-in for XMLHttpRequest as file uploads use it (jsdom's reaches no server and reports no upload progress).
 * `FakeXhr.install()` lets a test drive each request step by step: bytes sent, end of the upload, then the API's
 * answer or a network failure.
 */
export class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: Blob | undefined;
  status = 0;
  responseText = '';
  aborted = false;
  readonly upload = new EventTarget();
  private readonly events = new EventTarget();

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }

  addEventListener(type: string, listener: EventListener) {
    this.events.addEventListener(type, listener);
  }

  send(body: Blob) {
    this.body = body;
    FakeXhr.sent.push(this);
  }

  abort() {
    this.aborted = true;
    this.fire('request', 'abort');
  }

  /** The query of the request, as an object. */
  get query() {
    return Object.fromEntries(new URL(this.url).searchParams);
  }

  progress(loaded: number, total = this.body?.size ?? 0) {
    act(() => this.fire('upload', 'progress', { lengthComputable: true, loaded, total }));
  }

  uploaded() {
    act(() => this.fire('upload', 'load'));
  }

  async respond(status: number, body: unknown) {
    await act(async () => this.answer(status, typeof body === 'string' ? body : JSON.stringify(body)));
  }

  async failNetwork() {
    await act(async () => this.fire('request', 'error'));
  }

  protected answer(status: number, text: string) {
    this.status = status;
    this.responseText = text;
    this.fire('request', 'load');
  }

  protected fire(target: Target, type: string, init?: ProgressEventInit) {
    (target === 'upload' ? this.upload : this.events).dispatchEvent(new ProgressEvent(type, init));
  }

  static install() {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  }

  /** The `n`th request sent (from 1), once it has been. */
  static async nth(n: number) {
    await vi.waitFor(() => {
      if (FakeXhr.sent.length < n) throw new Error(`upload ${n} not sent yet`);
    });
    return FakeXhr.sent[n - 1];
  }
}

/** Uploads answered at once by `fetch` (the fake API's routes), the whole file counting as sent: for tests that do not watch the progress. */
export const xhrAnsweredBy = (fetch: typeof globalThis.fetch) =>
  class extends FakeXhr {
    override send(body: Blob) {
      super.send(body);
      fetch(this.url, { method: this.method, headers: this.headers, body }).then(
        async (response) => {
          this.fire('upload', 'load');
          this.answer(response.status, await response.text());
        },
        () => this.fire('request', 'error'),
      );
    }
  };
