import { newOperationId, offlineDb, type Operation, type OutboxEntry } from './offline-db';

/** What the server said to one operation. */
export type Outcome = { kind: 'acknowledged' } | { kind: 'retry' } | { kind: 'unauthorized' } | { kind: 'refused'; reason: string; code?: string };

/** Where a run of the outbox stopped. */
export type RunResult = 'empty' | 'offline' | 'session_ended';

const SENT_KEPT = 20;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('clef-outbox');
channel?.addEventListener('message', () => listeners.forEach((listener) => listener()));

/** Called whenever the outbox changes, in this tab or another. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function changed() {
  listeners.forEach((listener) => listener());
  channel?.postMessage('changed');
}

export async function enqueue(userId: string, op: Operation, label: OutboxEntry['label']): Promise<OutboxEntry> {
  const db = await offlineDb();
  const entry: OutboxEntry = { opId: newOperationId(), userId, createdAt: new Date().toISOString(), state: 'waiting', label, op };
  entry.seq = await db.add('outbox', entry);
  changed();
  return entry;
}

/** Every entry of this person, oldest first. */
export async function outboxOf(userId: string): Promise<OutboxEntry[]> {
  const db = await offlineDb();
  const all = await Promise.all((['waiting', 'refused', 'sent'] as const).map((state) => db.getAllFromIndex('outbox', 'byUserState', [userId, state])));
  return all.flat().sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

export async function dismiss(seq: number): Promise<void> {
  const db = await offlineDb();
  const entry = await db.get('outbox', seq);
  if (entry && entry.state !== 'waiting') await db.delete('outbox', seq);
  changed();
}

async function settle(entry: OutboxEntry, outcome: Outcome) {
  const db = await offlineDb();
  const settled: OutboxEntry = { ...entry, settledAt: new Date().toISOString() };
  if (outcome.kind === 'refused') Object.assign(settled, { state: 'refused', reason: outcome.reason, code: outcome.code });
  else settled.state = 'sent';
  await db.put('outbox', settled);
  // Only the last few sent entries are kept, for the learner to see that they went.
  const sent = await db.getAllKeysFromIndex('outbox', 'byUserState', [entry.userId, 'sent']);
  for (const seq of sent.slice(0, Math.max(0, sent.length - SENT_KEPT))) await db.delete('outbox', seq);
}

let running: Promise<RunResult> | undefined;


/**
 * Sends this person's waiting operations in the order they were made, one at a time. An operation stays waiting
 * (and the run stops, keeping the order) while the network fails or the session has ended; a refusal is kept with
 * its reason and the next one is sent. One run at a time in this tab, and across tabs where Web Locks exist.
 */
export function runOutbox(userId: string, send: (entry: OutboxEntry) => Promise<Outcome>): Promise<RunResult> {
  const run = async (): Promise<RunResult> => {
    const db = await offlineDb();
    for (;;) {
      const [next] = await db.getAllFromIndex('outbox', 'byUserState', [userId, 'waiting'], 1);
      if (!next) return 'empty';
      const outcome = await send(next);
      if (outcome.kind === 'retry') return 'offline';
      if (outcome.kind === 'unauthorized') return 'session_ended';
      await settle(next, outcome);
      changed();
    }
  };
  const locked = (): Promise<RunResult> =>
    typeof navigator !== 'undefined' && navigator.locks ? (navigator.locks.request('clef-outbox', run) as unknown as Promise<RunResult>) : run();
  // A call during a run starts another after it, so an operation queued while the last one was being sent is not left behind.
  const next: Promise<RunResult> = (running ?? Promise.resolve()).catch(() => undefined).then(locked);
  running = next;
  void next.finally(() => {
    if (running === next) running = undefined;
  });
  return next;
}

export async function entryOf(seq: number): Promise<OutboxEntry | undefined> {
  return (await offlineDb()).get('outbox', seq);
}

/** How many operations of anyone wait on this device (shown, as a count only, where someone signs in). */
export async function waitingOnDevice(): Promise<number> {
  const entries = await (await offlineDb()).getAll('outbox');
  return entries.filter((entry) => entry.state === 'waiting').length;
}
