import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxEntry } from './offline-db';
import { sendOperation } from './send-operation';

const entry = (op: OutboxEntry['op']): OutboxEntry => ({
  seq: 1,
  opId: '6f1c1b7e-8a37-4c55-9d7a-1f2a3b4c5d6e',
  userId: 'u1',
  createdAt: '2026-12-07T10:00:00.000Z',
  state: 'waiting',
  label: { moduleTitle: 'Hearing the child', enrolmentId: 'e1', number: 1 },
  op,
});
const answer = entry({ kind: 'answer', attemptId: 'a1', questionId: 'q1', answer: { optionId: 'b' }, answeredAt: '2026-12-07T10:00:00.000Z' });

// The API client keeps the `fetch` it finds when first imported: the stand-in is put in place before the imports run.
const server = vi.hoisted(() => {
  const state = {
    calls: [] as { url: string; method: string; body: unknown; language: string | null }[],
    reply: (): Response | Promise<Response> => new Response(null, { status: 204 }),
  };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    state.calls.push({ url: request.url, method: request.method, body: await request.clone().json().catch(() => undefined), language: request.headers.get('Accept-Language') });
    return state.reply();
  }) as typeof fetch;
  return state;
});

function serverReplies(status: number, body?: unknown) {
  server.reply = () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  return server.calls;
}

describe('sending one outbox entry', () => {
  beforeEach(() => {
    server.calls.length = 0;
  });

  it('sends an answer with its operation id and time, in the learner’s language, and takes 204 as acknowledged', async () => {
    const calls = serverReplies(204);
    expect(await sendOperation(answer, 'fr')).toEqual({ kind: 'acknowledged' });
    expect(calls).toEqual([
      {
        url: `${window.location.origin}/api/attempts/a1/answers/q1`,
        method: 'PUT',
        body: { answer: { optionId: 'b' }, opId: answer.opId, answeredAt: '2026-12-07T10:00:00.000Z' },
        language: 'fr',
      },
    ]);
  });

  it('uses the operation id as the submission key', async () => {
    const calls = serverReplies(200, { id: 'a1' });
    await sendOperation(entry({ kind: 'submit', attemptId: 'a1', answers: {} }), 'en');
    expect(calls[0]).toMatchObject({ method: 'POST', body: { submissionKey: answer.opId, answers: {} } });
  });

  it('retries later when the network fails or the server is unavailable', async () => {
    server.reply = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await sendOperation(answer, 'en')).toEqual({ kind: 'retry' });
    serverReplies(503, { statusCode: 503, error: 'Service Unavailable', message: 'Try again shortly.' });
    expect(await sendOperation(answer, 'en')).toEqual({ kind: 'retry' });
  });

  it('stops on 401: the session has ended, nothing is refused', async () => {
    serverReplies(401, { statusCode: 401, error: 'Unauthorized', message: 'Log in first.' });
    expect(await sendOperation(answer, 'en')).toEqual({ kind: 'unauthorized' });
  });

  it('keeps a refusal with the server’s message and code', async () => {
    const message = 'This attempt has already been submitted (perhaps from another device); its answers can no longer change.';
    serverReplies(409, { statusCode: 409, error: 'Conflict', message, code: 'attempt_submitted' });
    expect(await sendOperation(answer, 'en')).toEqual({ kind: 'refused', reason: message, code: 'attempt_submitted' });
  });
});
