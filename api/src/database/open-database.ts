import { join } from 'node:path';
import type { AppConfig } from '../config/config.js';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

export interface OpenDatabase {
  url: string;
  /** Human description for the start banner, without credentials. */
  description: string;
  close(): Promise<void>;
}

const APP_DATABASE = 'clef';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under the data directory. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const { hostname, port, pathname } = new URL(config.databaseUrl);
    return {
      url: config.databaseUrl,
      description: `PostgreSQL at ${hostname}:${port || 5432}${pathname}`,
      close: async () => undefined,
    };
  }
  const dataDir = join(config.dataDir, 'postgres');
  const server = await startEmbeddedPostgres({ dataDir, port: config.embeddedPostgresPort, log });
  try {
    const url = await ensureDatabase(server.serverUrl, APP_DATABASE);
    return {
      url,
      description: `embedded PostgreSQL on 127.0.0.1:${server.port} (data in ${dataDir})`,
      close: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
