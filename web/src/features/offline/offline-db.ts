import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Schemas } from '../../api/client';

/** Something the learner did that the server must apply exactly once. */
export type Operation =
  | { kind: 'answer'; attemptId: string; questionId: string; answer: Record<string, unknown>; answeredAt: string }
  | { kind: 'lesson_read'; enrolmentId: string; position: number }
  | { kind: 'submit'; attemptId: string; answers: Record<string, unknown> };

export interface OutboxEntry {
  /** Order of making; the outbox sends in this order. */
  seq?: number;
  /** Made on the device; the same on every retry, so the server applies it once. */
  opId: string;
  /** Whose it is: sent only in that person's session. */
  userId: string;
  createdAt: string;
  state: 'waiting' | 'sent' | 'refused';
  /** What it is, in words for the list: the module (title at the time, enrolment) and the question, lesson or attempt number. */
  label: { moduleTitle: string; enrolmentId: string; number: number };
  op: Operation;
  /** The server's message (in the learner's language) and stable code, for a refusal. */
  reason?: string;
  code?: string;
  settledAt?: string;
}

/** A module saved on the device: everything needed to read it and answer its attempt with no connection. */
export interface SavedModule {
  enrolmentId: string;
  userId: string;
  language: string;
  savedAt: string;
  /** Bytes of the saved texts and pictures, as shown to the learner. */
  bytes: number;
  enrolment: Schemas['EnrolmentDetailDto'];
  lessons: Schemas['EnrolmentLessonContentDto'][];
  attempt: Schemas['AttemptDto'] | null;
  /** Addresses of lesson pictures put in the `clef-saved-media` cache. */
  media: string[];
}

interface OfflineSchema extends DBSchema {
  outbox: { key: number; value: OutboxEntry; indexes: { byUserState: [string, string] } };
  modules: { key: string; value: SavedModule; indexes: { byUser: string; byAttempt: string } };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opening: Promise<OfflineDb> | undefined;

/** The one IndexedDB database of the device's saved modules and outbox; it outlives tabs, restarts and service-worker updates. */
export function offlineDb(): Promise<OfflineDb> {
  opening ??= openDB<OfflineSchema>('clef-offline', 1, {
    upgrade(db) {
      const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      outbox.createIndex('byUserState', ['userId', 'state']);
      const modules = db.createObjectStore('modules', { keyPath: 'enrolmentId' });
      modules.createIndex('byUser', 'userId');
      modules.createIndex('byAttempt', 'attempt.id');
    },
  });
  return opening;
}

/** For tests: forget the open connection (fake-indexeddb is reset between them). */
export function closeOfflineDb() {
  void opening?.then((db) => db.close());
  opening = undefined;
}

/** A random operation id (UUID v4): `crypto.randomUUID` exists only on HTTPS and localhost, plain-HTTP intranets too need one. */
export function newOperationId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
