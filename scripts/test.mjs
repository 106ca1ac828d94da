// npm test: install and build what is stale, type-check, then run every suite (API, web, browser)
// and end with one line of totals for the whole run.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkNodeVersion, ensureBuilt, ensureInstalled, root } from './lib/prepare.mjs';
import { run } from './lib/run.mjs';

checkNodeVersion();
await ensureInstalled();
await ensureBuilt();

const results = join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const requireBrowser = process.env.CLEF_REQUIRE_BROWSER === '1';
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function count(file, { passed, failed, skipped }) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report[passed] ?? 0;
  totals.failed += report[failed] ?? 0;
  totals.skipped += report[skipped] ?? 0;
  return true;
}
const jestFields = { passed: 'numPassedTests', failed: 'numFailedTests', skipped: 'numPendingTests' };
const vitestFields = jestFields;

async function step(name, command, args, report, fields) {
  console.log(`\n━━ ${name} ━━`);
  const code = await run(command, args, { cwd: root });
  const counted = report ? count(report, fields) : true;
  if (code !== 0) {
    failures.push(name);
    if (!counted) totals.failed += 1;
  }
}

await step('Type check', 'npm', ['run', 'typecheck', '--silent']);
await step('Content check', 'npm', ['run', 'content:check', '--silent']);
await step('OpenAPI document and web client up to date', 'npm', ['run', 'api:generate', '--silent', '--', '--check']);
await step('API tests (jest, real PostgreSQL)', 'npm', ['test', '-w', 'api', '--silent', '--', '--json', `--outputFile=${join(results, 'api.json')}`], join(results, 'api.json'), jestFields);
await step('Web tests (vitest)', 'npm', ['test', '-w', 'web', '--silent', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'web.json')}`], join(results, 'web.json'), vitestFields);

if (existsSync(chromium)) {
  await step('Browser tests (playwright-core + Chromium)', 'npm', ['run', 'test:e2e', '-w', 'web', '--silent', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'e2e.json')}`], join(results, 'e2e.json'), vitestFields);
} else if (requireBrowser) {
  console.error(`\n✗ Browser tests need Chromium at ${chromium} (CLEF_REQUIRE_BROWSER=1). Install it: apt-get install -y chromium`);
  failures.push('Browser tests (no Chromium)');
  totals.failed += 1;
} else {
  console.log(`\n━━ Browser tests skipped: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH) ━━`);
}

console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll suites passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
