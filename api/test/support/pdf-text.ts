import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PDF's text through poppler's pdftotext, whitespace collapsed; undefined where poppler is not installed (CI installs it). */
export function pdfText(pdf: Buffer): string | undefined {
  const file = join(mkdtempSync(join(tmpdir(), 'clef-pdf-')), 'document.pdf');
  writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return result.error ? undefined : result.stdout.replace(/\s+/g, ' ');
}
