import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from '../../src/config/paths.js';

export const BUNDLED_CONTENT = join(repositoryRoot, 'content');

/** A private copy of the bundled content that a test may break or change. */
export function copyContent(): { dir: string; edit(file: string, change: (text: string) => string): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'clef-content-'));
  cpSync(BUNDLED_CONTENT, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
