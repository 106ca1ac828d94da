import { cleanup, configure } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { closeOfflineDb } from './features/offline/offline-db';

// Lazy pages load their chunk on first use: on a busy CI machine that can take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  // Each test starts with an empty device: no saved module, no outbox.
  closeOfflineDb();
  globalThis.indexedDB = new IDBFactory();
});
