import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../auth/useSession';
import { outboxOf } from '../offline/outbox';
import { useOutbox } from '../offline/outbox-context';
import { rememberAnswer } from '../offline/saved-modules';
import type { Answer } from './questions/types';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'sessionEnded';

const TEXT_DELAY_MS = 700;
const legacyKey = (attemptId: string) => `clef.attempt.${attemptId}.answers`;

/**
 * Keeps the learner's answers: on screen, and each one as an operation in the device's outbox (IndexedDB), which sends
 * them in order and retries until the server acknowledges; a closed tab, a dropped connection or a restart loses nothing.
 */
export function useAnswerSaver(attempt: { id: string; enrolmentId: string; moduleTitle: string; questions: { id: string }[] }, saved: Record<string, Answer>) {
  const { entries, status: outboxStatus, enqueue } = useOutbox();
  const userId = useSession().user?.id;
  const attemptId = attempt.id;
  const [answers, setAnswers] = useState<Record<string, Answer>>(saved);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const numberOf = useCallback((questionId: string) => attempt.questions.findIndex((q) => q.id === questionId) + 1, [attempt.questions]);

  const queue = useCallback(
    (questionId: string, value: Answer) => {
      void rememberAnswer(attemptId, questionId, value);
      return enqueue(
        { kind: 'answer', attemptId, questionId, answer: value as Record<string, unknown>, answeredAt: new Date().toISOString() },
        { moduleTitle: attempt.moduleTitle, enrolmentId: attempt.enrolmentId, number: numberOf(questionId) },
      );
    },
    [attemptId, attempt.moduleTitle, attempt.enrolmentId, enqueue, numberOf],
  );

  // Answers still waiting in the outbox are newer than the server's copy: read once, when the attempt opens (merging
  // them later would put an older text back under the learner's typing). Answers an older version of the client kept
  // in localStorage join the outbox once.
  useEffect(() => {
    if (!userId) return;
    let current = true;
    void outboxOf(userId)
      .then((all) => {
        const waiting: Record<string, Answer> = {};
        for (const entry of all) if (entry.state === 'waiting' && entry.op.kind === 'answer' && entry.op.attemptId === attemptId) waiting[entry.op.questionId] = entry.op.answer as Answer;
        if (current) setAnswers((shown) => ({ ...shown, ...waiting }));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [userId, attemptId]);
  useEffect(() => {
    const legacy = localStorage.getItem(legacyKey(attemptId));
    if (!legacy) return;
    localStorage.removeItem(legacyKey(attemptId));
    const pending = JSON.parse(legacy) as Record<string, Answer>;
    setAnswers((current) => ({ ...current, ...pending }));
    for (const [questionId, value] of Object.entries(pending)) void queue(questionId, value);
  }, [attemptId, queue]);

  const answer = useCallback(
    (questionId: string, value: Answer, isText: boolean) => {
      setAnswers((current) => ({ ...current, [questionId]: value }));
      clearTimeout(timers.current.get(questionId));
      // Typed text becomes one operation when the learner pauses, not one a keystroke.
      if (isText) timers.current.set(questionId, setTimeout(() => void queue(questionId, value), TEXT_DELAY_MS));
      else void queue(questionId, value);
    },
    [queue],
  );

  /** Queues typed text not yet queued (before a submission). */
  const settleTyping = useCallback(() => {
    for (const [questionId, timer] of timers.current) {
      clearTimeout(timer);
      void queue(questionId, answers[questionId]);
    }
    timers.current.clear();
  }, [answers, queue]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const waiting = entries.some((e) => e.state === 'waiting' && e.op.kind === 'answer' && e.op.attemptId === attemptId);
  const status: SaveStatus = !waiting
    ? entries.some((e) => e.state === 'sent' && e.op.kind === 'answer' && e.op.attemptId === attemptId)
      ? 'saved'
      : 'idle'
    : outboxStatus === 'session_ended'
      ? 'sessionEnded'
      : outboxStatus === 'offline'
        ? 'offline'
        : 'saving';
  return { answers, answer, status, settleTyping };
}
