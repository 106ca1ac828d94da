import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const STYLES = '.lesson__body { max-width: 40rem; }';
export const SCRIPT = `export const greeting = ${JSON.stringify('Bonjour, '.repeat(400))};\n`;

/** A built web client as `vite build` leaves it: hashed assets with their .br/.gz twins and a source map. */
export function fakeWebBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'clef-dist-'));
  mkdirSync(join(dist, 'assets'));
  const write = (path: string, content: string) => {
    writeFileSync(join(dist, path), content);
    writeFileSync(join(dist, `${path}.br`), brotliCompressSync(content));
    writeFileSync(join(dist, `${path}.gz`), gzipSync(content));
  };
  write(
    'index.html',
    `<!doctype html>\n<html lang="en">\n<head><title>Clef</title><link rel="stylesheet" crossorigin href="/assets/index-Ef56Gh78.css"></head>\n` +
      `<body><div id="root"></div>${'<!-- -->'.repeat(200)}</body></html>`,
  );
  write('assets/index-Ef56Gh78.css', STYLES);
  write('assets/index-Ab12Cd34.js', SCRIPT);
  writeFileSync(join(dist, 'assets/index-Ab12Cd34.js.map'), '{"version":3,"sources":["src/main.tsx"]}');
  return dist;
}

