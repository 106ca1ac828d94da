import { join } from 'node:path';
import pg from 'pg';
import { repositoryRoot } from '../../src/config/paths.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { pendingSchemaChanges } from '../../src/database/schema-drift.js';
import { freePort } from './free-port.js';

export const TEMPLATE_ENV = 'CLEF_TEST_TEMPLATE_URL';

const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * One PostgreSQL server for the whole run (the embedded one, or DATABASE_URL's server) holding a
 * template database migrated once; each test file copies it (see test/support/test-database.ts).
 */
export async function startTestServer() {
  let serverUrl: string;
  let stopServer = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const server = await startEmbeddedPostgres({
      dataDir: join(repositoryRoot, '.data', `test-postgres-${process.pid}`),
      port: await freePort(),
      persistent: false,
    });
    serverUrl = server.serverUrl;
    stopServer = server.stop;
  }
  const template = `clef_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const { up } = await pendingSchemaChanges(withDatabase(serverUrl, template));
  // Kept for the drift test, which must not build its own template.
  process.env.CLEF_TEST_DRIFT = JSON.stringify(up);
  process.env[TEMPLATE_ENV] = withDatabase(serverUrl, template);
  return {
    stop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
      await stopServer();
    },
  };
}
