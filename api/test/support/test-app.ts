import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp, type CreateAppOptions } from '../../src/app/create-app.js';
import { loadConfig } from '../../src/config/config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<NestFastifyApplication['getHttpServer']>;
  database: TestDatabase;
  /** The app's own connection, for arranging and checking rows directly. */
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real app, as `npm start` builds it, on a database of its own. */
export async function createTestApp(environment: NodeJS.ProcessEnv = {}, options: CreateAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CLEF_WEB_DIST: '.data/no-web-client', ...environment });
  const app = await createApp(config.withDatabaseUrl(database.url), options);
  return {
    app,
    http: app.getHttpServer(),
    database,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
