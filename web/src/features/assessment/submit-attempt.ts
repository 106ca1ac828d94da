import type { OutboxState } from '../offline/outbox-context';
import { entryOf } from '../offline/outbox';
import type { Answer } from './questions/types';

export type SubmitOutcome = { kind: 'sent' } | { kind: 'queued'; sessionEnded: boolean } | { kind: 'refused'; message: string };

/**
 * Submits an attempt through the outbox, after the answers queued before it. Its operation id is the submission key,
 * so a retried submission is recognised and never graded twice; with no connection it waits in the outbox. A second
 * press reuses the submission already waiting.
 */
export async function submitAttempt(
  outbox: OutboxState,
  attempt: { id: string; enrolmentId: string; moduleTitle: string; number: number },
  answers: Record<string, Answer>,
): Promise<SubmitOutcome> {
  const waiting = outbox.entries.find((e) => e.state === 'waiting' && e.op.kind === 'submit' && e.op.attemptId === attempt.id);
  const entry = waiting ?? (await outbox.enqueue({ kind: 'submit', attemptId: attempt.id, answers }, { moduleTitle: attempt.moduleTitle, enrolmentId: attempt.enrolmentId, number: attempt.number }));
  const result = await outbox.flush();
  const settled = entry?.seq === undefined ? undefined : await entryOf(entry.seq);
  if (settled?.state === 'sent') return { kind: 'sent' };
  if (settled?.state === 'refused') return { kind: 'refused', message: settled.reason ?? '' };
  return { kind: 'queued', sessionEnded: result === 'session_ended' };
}
