// npm run content:check — validates content/ and names the file, line and field of every problem.
import { join } from 'node:path';
import { repositoryRoot } from '../config/paths.js';
import { readContent } from './content-reader.js';

const contentDir = process.argv[2] ?? join(repositoryRoot, 'content');
const { bundle, problems } = readContent(contentDir);
if (problems.length > 0) {
  for (const { file, line, field, message } of problems) {
    console.error(`${file}${line ? `:${line}` : ''}${field ? ` (${field})` : ''}: ${message}`);
  }
  console.error(`\n✗ ${problems.length} problem${problems.length > 1 ? 's' : ''} in ${contentDir}`);
  process.exit(1);
}
const lessons = bundle.modules.reduce((sum, m) => sum + m.lessons.length, 0);
const questions = bundle.modules.reduce((sum, m) => sum + m.assessment.questions.length, 0);
console.log(`✓ content is sound: ${bundle.competencies.length} competencies, ${bundle.modules.length} modules, ${lessons} lessons, ${questions} questions, ${bundle.countries.length} countries`);
