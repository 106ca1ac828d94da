import { createContext, useContext } from 'react';
import type { Operation, OutboxEntry } from './offline-db';
import type { RunResult } from './outbox';

export interface OutboxState {
  /** This person's entries, oldest first: waiting, refused, and the last ones sent. */
  entries: OutboxEntry[];
  /** How the last run ended: 'running' while one is going. */
  status: RunResult | 'running' | 'idle';
  /** Queues an operation (on this device, for the person logged in) and tries to send it at once. */
  enqueue: (op: Operation, label: OutboxEntry['label']) => Promise<OutboxEntry | undefined>;
  /** Sends what waits; resolves to how the run ended. */
  flush: () => Promise<RunResult | undefined>;
  dismiss: (seq: number) => Promise<void>;
}

export const OutboxContext = createContext<OutboxState>({
  entries: [],
  status: 'idle',
  enqueue: async () => undefined,
  flush: async () => undefined,
  dismiss: async () => undefined,
});

export const useOutbox = () => useContext(OutboxContext);
