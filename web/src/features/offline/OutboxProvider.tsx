import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useSession } from '../auth/useSession';
import { useLanguage } from '../../i18n/useLanguage';
import type { Operation, OutboxEntry } from './offline-db';
import { dismiss as dismissEntry, enqueue as enqueueEntry, onOutboxChange, outboxOf, type RunResult, runOutbox } from './outbox';
import { OutboxContext, type OutboxState } from './outbox-context';
import { sendOperation } from './send-operation';

const RETRY_MS = 15_000;

/**
 * Runs the device's outbox for the person logged in: at start, when the browser says the network is back, after each
 * new operation, and every few seconds while something waits. Nothing is sent in anyone else's session.
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const lang = useLanguage();
  const userId = user?.id;
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [status, setStatus] = useState<OutboxState['status']>('idle');
  const [runs, setRuns] = useState(0);

  const refresh = useCallback(async () => setEntries(userId ? await outboxOf(userId).catch(() => []) : []), [userId]);
  useEffect(() => {
    void refresh();
    return onOutboxChange(() => void refresh());
  }, [refresh]);

  const flush = useCallback(async (): Promise<RunResult | undefined> => {
    if (!userId) return undefined;
    setStatus('running');
    const result = await runOutbox(userId, (entry) => sendOperation(entry, lang)).catch((): RunResult => 'offline');
    setStatus(result);
    setRuns((n) => n + 1);
    return result;
  }, [userId, lang]);

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
    // A new sign-in (the same person's new session after one ended) sends at once.
  }, [flush, user]);

  const waiting = entries.some((entry) => entry.state === 'waiting');
  useEffect(() => {
    if (!waiting || status === 'running') return;
    const timer = setTimeout(() => void flush(), RETRY_MS);
    return () => clearTimeout(timer);
  }, [waiting, status, runs, flush]);

  const enqueue = useCallback(
    async (op: Operation, label: OutboxEntry['label']) => {
      if (!userId) return undefined;
      const entry = await enqueueEntry(userId, op, label);
      void flush();
      return entry;
    },
    [userId, flush],
  );

  const value = useMemo<OutboxState>(() => ({ entries, status, enqueue, flush, dismiss: dismissEntry }), [entries, status, enqueue, flush]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}
