// Brings a checkout up to date before it runs: installs dependencies when missing or stale,
// then rebuilds the API and the web client when their sources changed. Node built-ins only:
// this runs before anything is installed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runOrExit } from './run.mjs';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) =>
    name === 'node_modules' || name === 'dist' || name.startsWith('.') ? [] : filesUnder(join(path, name)),
  );
}

/** A fingerprint of the inputs (paths, sizes, modification times): cheap, and changes when they do. */
function fingerprint(paths) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((p) => filesUnder(join(root, p))).sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(root, file)}:${size}:${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function contentHash(paths) {
  const hash = createHash('sha256');
  for (const p of paths) if (existsSync(join(root, p))) hash.update(readFileSync(join(root, p)));
  return hash.digest('hex');
}

const stampMatches = (stampFile, value) => existsSync(stampFile) && readFileSync(stampFile, 'utf8') === value;

export async function ensureInstalled() {
  const manifests = ['package.json', 'package-lock.json', 'api/package.json', 'web/package.json'];
  const stamp = join(root, 'node_modules', '.clef-install-stamp');
  const wanted = contentHash(manifests);
  if (stampMatches(stamp, wanted)) return;
  console.log('▸ Installing dependencies (npm ci)…');
  await runOrExit(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root });
  writeFileSync(stamp, wanted);
}

async function buildIfStale(name, inputs, stampFile, command) {
  const wanted = fingerprint(inputs);
  if (stampMatches(stampFile, wanted)) return;
  console.log(`▸ Building ${name}…`);
  await runOrExit(npm, command, { cwd: root });
  writeFileSync(stampFile, fingerprint(inputs));
}

export async function ensureBuilt() {
  await buildIfStale(
    'the API',
    ['api/src', 'migrations', 'api/tsconfig.json', 'api/tsconfig.build.json', 'tsconfig.base.json', 'api/package.json'],
    join(root, 'api', 'dist', '.build-stamp'),
    ['run', 'build', '-w', 'api'],
  );
  await buildIfStale(
    'the web client',
    ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/pwa.config.ts', 'tsconfig.base.json', 'web/package.json'],
    join(root, 'web', 'dist', '.build-stamp'),
    ['run', 'build', '-w', 'web'],
  );
}

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Clef needs Node.js 20.19 or later; this is ${process.versions.node}.`);
    process.exit(1);
  }
}
