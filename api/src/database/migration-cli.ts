// npm run migration:run | migration:revert | migration:generate -- <Name> | migration:check
// Uses DATABASE_URL when set, the embedded PostgreSQL otherwise, and the app's own DataSource options.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { repositoryRoot } from '../config/paths.js';
import { dataSourceOptions } from './data-source-options.js';
import { openDatabase } from './open-database.js';
import { pendingSchemaChanges } from './schema-drift.js';

const migrationsDir = join(repositoryRoot, 'migrations');

function migrationSource(className: string, up: string[], down: string[]) {
  const lines = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(\`${query.replace(/[`\\$]/g, (c) => `\\${c}`)}\`);`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

function registerMigration(className: string, fileName: string) {
  const indexFile = join(migrationsDir, 'index.ts');
  const index = readFileSync(indexFile, 'utf8')
    .replace(/(\n\nexport const migrations)/, `\nimport { ${className} } from './${fileName}.js';$1`)
    .replace(/\];\s*$/, `, ${className}];\n`);
  writeFileSync(indexFile, index);
}

/** Builds a scratch database from the migrations alone and asks TypeORM what the entities still need. */
async function generate(serverUrl: string, name: string) {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('Give the migration a PascalCase name: npm run migration:generate -- AddLessons');
  const scratch = `clef_migration_scratch_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  try {
    const { up, down } = await pendingSchemaChanges(url.toString());
    if (up.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileName = `${timestamp}-${name}`;
    writeFileSync(join(migrationsDir, `${fileName}.ts`), migrationSource(className, up, down.reverse()));
    registerMigration(className, fileName);
    console.log(`Wrote migrations/${fileName}.ts (${up.length} statements). Review it before committing.`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const database = await openDatabase(config, console.log);
  try {
    if (command === 'generate') {
      await generate(database.url, name ?? '');
      return;
    }
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      if (command === 'run') {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'No pending migration.');
      } else if (command === 'revert') {
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
      } else {
        throw new Error(`Unknown command "${command}": use run, revert or generate <Name>.`);
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
