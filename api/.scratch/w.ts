import { runImportTask } from '../src/authoring/import/import-workers.ts';
const legit = Array.from({ length: 500 }, (_, i) => `::Q${i}:: ${'Lorem ipsum dolor sit amet '.repeat(370)} {=right ~wrong ~other}`).join('\n\n');
const slow = Array.from({ length: 500 }, (_, i) => `::S${i}:: [markdown]${'['.repeat(9000)} {T}`).join('\n\n');
for (const [name, source] of [['small', 'Q {T}'], ['legit', legit], ['slow', slow]] as const) {
  const s = performance.now();
  try { const r = await runImportTask<unknown[]>({ kind: 'questions', format: 'gift', source, language: 'fr', existingIds: [], competency: 'C1' }); console.log(name, r.length, Math.round(performance.now() - s)); }
  catch (e: any) { console.log(name, e.messageKey ?? e, Math.round(performance.now() - s)); }
}
