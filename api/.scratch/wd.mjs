const { runImportTask } = await import('../dist/api/src/authoring/import/import-workers.js');
const legit = Array.from({ length: 500 }, (_, i) => `::Q${i}:: ${'Lorem ipsum dolor sit amet '.repeat(370)} {=right ~wrong ~other}`).join('\n\n');
for (const [name, source] of [['small', 'Q {T}'], ['legit', legit]]) {
  const s = performance.now();
  const r = await runImportTask({ kind: 'questions', format: 'gift', source, language: 'fr', existingIds: [], competency: 'C1' });
  console.log(name, r.length, Math.round(performance.now() - s));
}
