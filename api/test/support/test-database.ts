import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TEMPLATE_ENV } from '../setup/test-server.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file: a copy of the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = new URL(process.env[TEMPLATE_ENV] ?? '');
  if (!templateUrl.pathname) throw new Error('Run API tests through jest (global set-up creates the template).');
  const template = templateUrl.pathname.slice(1);
  const name = `clef_test_${randomBytes(6).toString('hex')}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template} STRATEGY FILE_COPY`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  let dropping: Promise<void> | undefined;
  return {
    url: url.toString(),
    drop: () =>
      (dropping ??= (async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      })()),
  };
}
