import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Answer } from './questions/types';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'offline';

const TEXT_DELAY_MS = 700;
const RETRY_MS = 4000;
const storageKey = (attemptId: string) => `clef.attempt.${attemptId}.answers`;

/**
 * Keeps the learner's answers: in memory, in localStorage (a closed tab or a dropped connection loses nothing),
 * and on the server, one save at a time, retrying until it goes through.
 */
export function useAnswerSaver(attemptId: string, saved: Record<string, Answer>) {
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => {
    const local = JSON.parse(localStorage.getItem(storageKey(attemptId)) ?? '{}') as Record<string, Answer>;
    return { ...saved, ...local };
  });
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef(new Map<string, Answer>(Object.entries(JSON.parse(localStorage.getItem(storageKey(attemptId)) ?? '{}'))));
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const running = useRef(false);

  const flush = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      while (pending.current.size > 0) {
        const [questionId, answer] = pending.current.entries().next().value as [string, Answer];
        setStatus('saving');
        const result = await api
          .PUT('/api/attempts/{id}/answers/{questionId}', { params: { path: { id: attemptId, questionId } }, body: { answer } })
          .catch(() => undefined);
        // Retried: a lost connection or a server saying it is briefly unavailable (DESIGN §6.12); other answers settle it.
        if (!result || result.response.status === 503) {
          setStatus('offline');
          timer.current = setTimeout(() => void flush(), RETRY_MS);
          return;
        }
        // Saved, or refused for good (4xx): either way this version of the answer is settled.
        if (pending.current.get(questionId) === answer) pending.current.delete(questionId);
        localStorage.setItem(storageKey(attemptId), JSON.stringify(Object.fromEntries(pending.current)));
      }
      setStatus('saved');
    } finally {
      running.current = false;
    }
  }, [attemptId]);

  const answer = useCallback(
    (questionId: string, value: Answer, isText: boolean) => {
      setAnswers((current) => ({ ...current, [questionId]: value }));
      pending.current.set(questionId, value);
      localStorage.setItem(storageKey(attemptId), JSON.stringify(Object.fromEntries(pending.current)));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), isText ? TEXT_DELAY_MS : 0);
    },
    [attemptId, flush],
  );

  useEffect(() => {
    if (pending.current.size > 0) void flush();
    return () => clearTimeout(timer.current);
  }, [flush]);

  const forget = useCallback(() => localStorage.removeItem(storageKey(attemptId)), [attemptId]);
  return { answers, answer, status, forget };
}
