// npm run bench — measures the figures the issues name, each beside a baseline taken in the same run,
// on a throwaway embedded PostgreSQL. Prints a Markdown table for docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { createApp } from '../api/src/app/create-app.js';
import { ModulePublisher } from '../api/src/catalogue/module-publisher.service.js';
import { loadConfig } from '../api/src/config/config.js';
import { repositoryRoot } from '../api/src/config/paths.js';
import { ContentLoaderService } from '../api/src/content/content-loader.service.js';
import { readContent } from '../api/src/content/content-reader.js';
import { ensureDatabase, startEmbeddedPostgres } from '../api/src/database/embedded-postgres.js';
import { freePort } from '../api/test/setup/free-port.js';
import { benchAuthoring } from './bench-authoring.js';
import { timed } from './bench-timing.js';
import { learnerBundle } from './bundle-size.js';

// BENCH_LEARNERS lets a quick run use fewer learners; the figures in docs/benchmarks.md use 5,000.
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 5000);
const RUNS = 30;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const timeRequests = (url: string, cookie: string, runs = RUNS) => timed(runs, () => fetch(url, { headers: { cookie } }), 3);

async function main() {
  const dataDir = mkdtempSync(join(repositoryRoot, '.data', 'bench-'));
  const server = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port: await freePort(), persistent: false });
  try {
    const url = await ensureDatabase(server.serverUrl, 'clef_bench');
    const port = await freePort();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: String(port) }).withDatabaseUrl(url);
    const app = await createApp(config);
    await app.listen({ port, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${port}`;
    const db = app.get(DataSource);
    await app.get(ContentLoaderService).load(config.contentDir);
    // A tenth module, so that the cohort follows 10 modules as the issue asks.
    const [template] = readContent(config.contentDir).bundle.modules.filter((m) => m.slug === 'working-together');
    await db.transaction((manager) => app.get(ModulePublisher).publish({ ...template, slug: 'working-together-bench' }, 'content', manager));

    const post = (path: string, body: unknown, cookie = '', type = 'application/json') =>
      fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type, cookie }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    await post('/api/auth/signup', { displayName: 'Admin', email: 'admin@bench.test', password: 'bench password', preferredLanguage: 'fr' });
    await db.query(`UPDATE users SET platform_role = 'admin'`);
    const login = await post('/api/auth/login', { email: 'admin@bench.test', password: 'bench password' });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const organisation = await (await post('/api/organisations', { name: 'Bench', kind: 'school' }, cookie)).json();
    const slugs: string[] = (await db.query(`SELECT slug FROM modules ORDER BY slug`)).map((r: { slug: string }) => r.slug).slice(0, 10);
    const cohort = await (await post(`/api/organisations/${organisation.id}/cohorts`, { name: 'Bench cohort', moduleSlugs: slugs }, cookie)).json();

    const csv = ['name;email;sector;gender', ...Array.from({ length: LEARNERS }, (_, i) => `Learner ${i};l${i}@bench.test;${['police', 'justice', 'education'][i % 3]};${['femme', 'homme'][i % 2]}`)].join('\n');
    let start = performance.now();
    const imported = await post(`/api/organisations/${organisation.id}/cohorts/${cohort.id}/roster`, csv, cookie, 'text/csv');
    const importMs = performance.now() - start;
    if (!imported.ok) throw new Error(`import answered ${imported.status}`);

    // Progress: about half the lessons read; a submitted attempt with graded answers on a third of the enrolments.
    start = performance.now();
    await db.query(`INSERT INTO lesson_reads (enrolment_id, lesson_id)
                    SELECT e.id, l.id FROM enrolments e JOIN lessons l ON l.module_version_id = e.module_version_id
                     WHERE (hashtext(e.id::text || l.id::text) & 1) = 0 ON CONFLICT DO NOTHING`);
    await db.query(`INSERT INTO attempts (enrolment_id, user_id, number, status, draw, answers, results, points_earned, points_possible, score_percent, passed, submitted_at)
                    SELECT e.id, e.user_id, 1, 'submitted', '[]', '{}',
                           (SELECT jsonb_agg(jsonb_build_object('questionId', q.id, 'correct', (hashtext(q.id::text || e.id::text) & 1) = 0, 'points', 1, 'pointsEarned', 0))
                              FROM (SELECT id FROM questions WHERE module_version_id = e.module_version_id LIMIT 8) q),
                           5, 8, 62, (hashtext(e.id::text) & 1) = 0, now()
                      FROM enrolments e WHERE (hashtext(e.id::text) % 3) = 0`);
    await db.query('ANALYZE');
    const seedMs = performance.now() - start;
    const [{ enrolments, reads, attempts }] = await db.query(
      `SELECT (SELECT count(*)::int FROM enrolments) AS enrolments, (SELECT count(*)::int FROM lesson_reads) AS reads, (SELECT count(*)::int FROM attempts) AS attempts`,
    );

    const health = await timeRequests(`${base}/api/health`, cookie);
    const catalogue = await timeRequests(`${base}/api/modules?lang=fr`, cookie);
    const dashboard = await timeRequests(`${base}/api/organisations/${organisation.id}/cohorts/${cohort.id}/dashboard?lang=fr`, cookie);
    const csvExport = await timeRequests(`${base}/api/organisations/${organisation.id}/cohorts/${cohort.id}/dashboard.csv?lang=fr`, cookie, 5);

    const row = (name: string, t: { p50: number; p95: number; max: number }) => `| ${name} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} |`;
    console.log(`\nData: ${LEARNERS} learners × ${slugs.length} modules = ${enrolments} enrolments, ${reads} lessons read, ${attempts} graded attempts (seeded in ${ms(seedMs)}).\n`);
    console.log('| request | p50 | p95 | max |');
    console.log('|---|---|---|---|');
    console.log(row('GET /api/health (baseline: one SELECT 1)', health));
    console.log(row('GET /api/modules (catalogue, 10 modules)', catalogue));
    console.log(row(`GET …/dashboard (${LEARNERS} × ${slugs.length}, first page of members)`, dashboard));
    console.log(row(`GET …/dashboard.csv (all ${LEARNERS} members)`, csvExport));
    console.log(`\nRoster import of ${LEARNERS} rows (accounts, memberships, ${LEARNERS * slugs.length} enrolments, invitations): ${ms(importMs)}`);

    const authoring = await benchAuthoring(base, cookie, organisation.id);
    console.log('\n| authoring request | p50 | max |');
    console.log('|---|---|---|');
    for (const [name, t] of authoring) console.log(`| ${name} | ${ms(t.p50)} | ${ms(t.max)} |`);

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log('\n| learner route (JavaScript before it runs) | gzip | brotli |\n|---|---|---|');
    for (const bundle of learnerBundle()) console.log(`| ${bundle.route} | ${kb(bundle.jsGzip)} | ${kb(bundle.jsBrotli)} |`);
    await app.close();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
