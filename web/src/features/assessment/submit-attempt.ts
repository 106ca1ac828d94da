import { api, errorMessage } from '../../api/client';
import type { Language } from '../../i18n/languages';
import type { Answer } from './questions/types';

const keyStorage = (attemptId: string) => `clef.attempt.${attemptId}.submission`;
// crypto.randomUUID exists only on HTTPS and localhost; getRandomValues works on plain-HTTP intranets too.
const newSubmissionKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Sends an attempt's answers once. One key per attempt, kept across reloads: a retried submission is recognised,
 * never graded twice. Resolves to undefined when graded, or to the message to show.
 */
export async function submitAttempt(attemptId: string, answers: Record<string, Answer>, lang: Language, failed: string): Promise<string | undefined> {
  const submissionKey = localStorage.getItem(keyStorage(attemptId)) ?? newSubmissionKey();
  localStorage.setItem(keyStorage(attemptId), submissionKey);
  const result = await api
    .POST('/api/attempts/{id}/submit', { params: { path: { id: attemptId }, query: { lang } }, body: { submissionKey, answers } })
    .catch(() => undefined);
  if (!result?.data) return errorMessage(result?.error) ?? failed;
  localStorage.removeItem(keyStorage(attemptId));
  return undefined;
}
