// node scripts/bundle-size.ts (after `npm run build`): the compressed JavaScript a learner's browser loads for the
// catalogue, a lesson and an attempt, read from Vite's manifest. npm run bench reuses learnerBundle().
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repositoryRoot } from '../api/src/config/paths.js';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The learner's routes and the page module each renders (pages in the entry chunk need nothing more). */
export const LEARNER_ROUTES = {
  catalogue: 'src/features/catalogue/CataloguePage.tsx',
  lesson: 'src/features/catalogue/LessonPage.tsx',
  'enrolled lesson': 'src/features/learning/LearnerLessonPage.tsx',
  attempt: 'src/features/assessment/AttemptPage.tsx',
} as const;

export const BUDGET_BYTES = 100 * 1024;

/** Every file a chunk needs before it runs: itself and its static imports, recursively. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);

export interface BundleFigures {
  route: string;
  files: string[];
  jsGzip: number;
  jsBrotli: number;
  cssGzip: number;
}

function figures(route: string, files: Set<string>, dist: string): BundleFigures {
  const js = [...files].filter((file) => file.endsWith('.js'));
  const css = [...files].filter((file) => file.endsWith('.css'));
  return {
    route,
    files: [...files].sort(),
    jsGzip: js.reduce((sum, file) => sum + size(join(dist, `${file}.gz`)), 0),
    jsBrotli: js.reduce((sum, file) => sum + size(join(dist, `${file}.br`)), 0),
    cssGzip: css.reduce((sum, file) => sum + size(join(dist, `${file}.gz`)), 0),
  };
}

/** Per route, then all learner routes together (what a learner downloads going through them all). */
export function learnerBundle(dist = join(repositoryRoot, 'web', 'dist')): BundleFigures[] {
  const manifest: Manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const all = new Set<string>();
  const rows = Object.entries(LEARNER_ROUTES).map(([route, page]) => {
    const files = closure(manifest, page, closure(manifest, 'index.html'));
    for (const file of files) all.add(file);
    return figures(route, files, dist);
  });
  return [...rows, figures('all learner routes together', all, dist)];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = learnerBundle();
  console.log('| route | JS gzip | JS brotli | CSS gzip |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.route} | ${kb(row.jsGzip)} | ${kb(row.jsBrotli)} | ${kb(row.cssGzip)} |`);
  const total = rows.at(-1)!;
  if (process.argv.includes('--files')) for (const file of total.files) console.log(`${file}\t${kb(size(join(repositoryRoot, 'web', 'dist', `${file}.gz`)))}`);
  console.log(`\nBudget ${kb(BUDGET_BYTES)} of gzipped JavaScript: ${total.jsGzip <= BUDGET_BYTES ? 'within' : 'over'}.`);
  process.exitCode = total.jsGzip <= BUDGET_BYTES ? 0 : 1;
}
