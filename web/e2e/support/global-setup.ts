import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../../api/test/setup/free-port';

const root = join(__dirname, '..', '..', '..');

async function waitForHealth(baseUrl: string, child: ChildProcess, output: string[]) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not become healthy in time:\n${output.join('')}`);
}

/** Starts the built app (`npm start`'s server) on free ports with a throwaway embedded database. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(root, '.data', 'e2e-'));
  const port = await freePort();
  const pgPort = await freePort();
  const output: string[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    CLEF_DATA_DIR: dataDir,
    CLEF_EMBEDDED_PG_PORT: String(pgPort),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(root, 'api', 'dist', 'api', 'src', 'main.js')], { env, cwd: root });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, output);
  project.provide('baseUrl', baseUrl);
  // The embedded server's fixed local credentials (api/src/database/embedded-postgres.ts): lets a test read what only the server knows.
  project.provide('databaseUrl', `postgres://clef:clef-embedded@127.0.0.1:${pgPort}/clef`);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}
