// npm run api:generate — writes docs/openapi.json from the code and generates web/src/api/schema.d.ts from it.
// With --check, changes nothing and fails when either file is out of date (npm test runs it so).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { generateOpenApiDocument } from '../api/src/app/openapi-document.js';
import { repositoryRoot } from '../api/src/config/paths.js';

const check = process.argv.includes('--check');
const documentFile = join(repositoryRoot, 'docs', 'openapi.json');
const schemaFile = join(repositoryRoot, 'web', 'src', 'api', 'schema.d.ts');

const document = await generateOpenApiDocument();
const documentText = `${JSON.stringify(document, null, 2)}\n`;
const banner = '// Generated from docs/openapi.json by `npm run api:generate`. Do not edit.\n';
const schemaText = banner + astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));

const outdated: string[] = [];
for (const [file, text] of [
  [documentFile, documentText],
  [schemaFile, schemaText],
] as const) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current === text) continue;
  outdated.push(file);
  if (!check) writeFileSync(file, text);
}

if (check && outdated.length) {
  console.error(`✗ Out of date: ${outdated.join(', ')}\n  The API changed: run \`npm run api:generate\` and commit the result.`);
  process.exit(1);
}
console.log(check ? '✓ docs/openapi.json and the web API client match the code' : outdated.length ? `wrote ${outdated.join(', ')}` : 'already up to date');
process.exit(0);
