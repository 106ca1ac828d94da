import { createFinalURL, createQuerySerializer, defaultPathSerializer, type ClientPathsWithMethod, type FetchResponse, type ParamsOption } from 'openapi-fetch';
import type { api } from '../../api/client';
import type { paths } from '../../api/schema';

/** How much of a file has left the browser, in bytes. */
export interface UploadProgress {
  sent: number;
  total: number;
}

export type UploadPath = ClientPathsWithMethod<typeof api, 'post'>;
type Operation<P extends UploadPath> = paths[P]['post'];
type Answer<P extends UploadPath> = FetchResponse<Operation<P>, unknown, `${string}/${string}`>;
type ContentType<P extends UploadPath> = Extract<keyof NonNullable<Operation<P>['requestBody']>['content'], string>;

/** The route's parameters as `api.POST` takes them, and the file as the raw body in one of the types the route accepts. */
export type UploadRequest<P extends UploadPath> = ParamsOption<Operation<P>> & { body: Blob | string; contentType: ContentType<P> };

export interface UploadWatch {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** The API's answer, typed by the route; `error` is undefined when the body was not JSON (a proxy's error page). */
export type UploadResult<P extends UploadPath> =
  | { ok: true; status: number; data: NonNullable<Answer<P>['data']> }
  | { ok: false; status: number; error: Answer<P>['error'] | undefined };

const querySerializer = createQuerySerializer();

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * POSTs a file as the raw request body, reporting how much is sent: fetch cannot tell, so this uses XMLHttpRequest.
 * Same origin as `api`, so the session cookie goes with it and the browser adds its Accept-Language; the caller passes
 * `lang` as with `api.POST`. Like fetch, it rejects on a network failure, and with an AbortError when `signal` aborts.
 */
export function upload<P extends UploadPath>(path: P, request: UploadRequest<P>, { onProgress, signal }: UploadWatch = {}): Promise<UploadResult<P>> {
  const body = typeof request.body === 'string' ? new Blob([request.body]) : request.body;
  const params = (request as { params?: { query?: Record<string, unknown>; path?: Record<string, unknown> } }).params ?? {};
  const url = createFinalURL(path, { baseUrl: window.location.origin, params, querySerializer, pathSerializer: defaultPathSerializer });
  return new Promise((resolve, reject) => {
    const cancelled = () => new DOMException('The upload was cancelled.', 'AbortError');
    if (signal?.aborted) return reject(cancelled());
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', request.contentType);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.({ sent: event.loaded, total: event.total });
    });
    xhr.upload.addEventListener('load', () => onProgress?.({ sent: body.size, total: body.size }));
    xhr.addEventListener('load', () => {
      const answer = parsed(xhr.responseText);
      // A success without a JSON body (a proxy's page) is no answer from the API: callers get a failure, not `undefined`.
      const ok = xhr.status >= 200 && xhr.status < 300 && answer !== undefined;
      resolve((ok ? { ok, status: xhr.status, data: answer } : { ok, status: xhr.status, error: answer }) as UploadResult<P>);
    });
    xhr.addEventListener('error', () => reject(new TypeError('The file could not be sent.')));
    xhr.addEventListener('abort', () => reject(cancelled()));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    onProgress?.({ sent: 0, total: body.size });
    xhr.send(body);
  });
}
