import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { ContentLoadError, ContentLoaderService } from './content/content-loader.service.js';
import { openDatabase } from './database/open-database.js';
import type { DemoAccount } from './demo/demo-accounts.js';
import { DemoDataService } from './demo/demo-data.service.js';

async function main() {
  const logger = new Logger('Clef');
  const config = loadConfig();
  const database = await openDatabase(config, (line) => logger.log(line));
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    closing ??= (async () => {
      logger.log(`${signal} received: stopping.`);
      await app?.close().catch(() => undefined);
      await database.close().catch(() => undefined);
      process.exit(0);
    })();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let demo: { accounts: DemoAccount[]; classCode?: string } = { accounts: [] };
  try {
    app = await createApp(config.withDatabaseUrl(database.url));
    await app.get(ContentLoaderService).load(config.contentDir);
    if (config.nodeEnv !== 'production') demo = await app.get(DemoDataService).ensure();
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close();
    throw error;
  }
  const shownHost = ['0.0.0.0', '::', '127.0.0.1'].includes(config.host) ? 'localhost' : config.host;
  console.log(`\nClef is running at http://${shownHost}:${config.port}  (API: /api, docs: /api/docs)`);
  console.log(`Database: ${database.description}`);
  if (demo.accounts.length > 0) {
    console.log('Demo accounts (not created when NODE_ENV=production):');
    for (const account of demo.accounts) {
      const role = account.platformRole ?? account.organisationRole ?? '';
      console.log(`  ${role.padEnd(10)} ${account.email.padEnd(26)} password: ${account.password}`);
    }
  }
  if (demo.classCode) {
    console.log(`Demo children's group: a child joins at http://${shownHost}:${config.port}/join with the class code ${demo.classCode}`);
  }
  console.log('Press Ctrl-C to stop.\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof ContentLoadError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
