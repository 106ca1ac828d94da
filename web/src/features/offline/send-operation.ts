import { api, errorMessage } from '../../api/client';
import type { OutboxEntry } from './offline-db';
import type { Outcome } from './outbox';
import { forgetSavedAttempt } from './saved-modules';

type Sent = { response: Response; error?: unknown };

function sendOne({ op, opId }: OutboxEntry, lang: string): Promise<Sent> {
  // The refusal's message comes back in the learner's language.
  const headers = { 'Accept-Language': lang };
  switch (op.kind) {
    case 'answer':
      return api.PUT('/api/attempts/{id}/answers/{questionId}', {
        params: { path: { id: op.attemptId, questionId: op.questionId } },
        body: { answer: op.answer, opId, answeredAt: op.answeredAt },
        headers,
      });
    case 'lesson_read':
      return api.PUT('/api/enrolments/{id}/lessons/{position}/read', { params: { path: { id: op.enrolmentId, position: op.position } }, body: { opId }, headers });
    case 'submit':
      return api.POST('/api/attempts/{id}/submit', { params: { path: { id: op.attemptId }, query: { lang: lang as 'fr' | 'en' } }, body: { submissionKey: opId, answers: op.answers }, headers });
  }
}

/** Sends one outbox entry and says what became of it; a lost connection or an unavailable server is retried later. */
export async function sendOperation(entry: OutboxEntry, lang: string): Promise<Outcome> {
  const sent = await sendOne(entry, lang).catch(() => undefined);
  if (!sent) return { kind: 'retry' };
  const { status, ok } = sent.response;
  if (ok) {
    if (entry.op.kind === 'submit') await forgetSavedAttempt(entry.op.attemptId).catch(() => undefined);
    return { kind: 'acknowledged' };
  }
  if (status === 401) return { kind: 'unauthorized' };
  if (status >= 500 || status === 408 || status === 429) return { kind: 'retry' };
  const code = (sent.error as { code?: string } | undefined)?.code;
  // The attempt is closed (submitted here or from another device): the saved copy can no longer be answered.
  if ((code === 'attempt_submitted' || code === 'submitted_elsewhere') && entry.op.kind !== 'lesson_read') {
    await forgetSavedAttempt(entry.op.attemptId).catch(() => undefined);
  }
  return { kind: 'refused', reason: errorMessage(sent.error) ?? String(status), code };
}
