import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, zipSync, type Unzipped } from 'fflate';
import { parse, stringify } from 'yaml';
import { AppError } from '../common/errors/app-error.js';
import { unzipLimited, ZipRefusedError } from '../common/zip/unzip-limited.js';
import { readModule, type SourceMap } from '../content/content-reader.js';
import type { ContentProblem, ModuleDefinition } from '../content/content.types.js';
import { IMAGE_REF, imageRef } from '../content/image-ref.js';

const LIMITS = { entries: 100, entryBytes: 2 * 1024 * 1024, totalBytes: 10 * 1024 * 1024 };
/** The only names a module zip may hold, at its root or in one top folder. */
const ALLOWED = /^(?:[a-z0-9-]{1,100}\/)?(?:module\.yaml|assessment\.yaml|lessons\/|lessons\/\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.(?:fr|en)\.md|images\/|images\/[0-9a-f]{64}\.webp)$/;

/** A module in the content/ layout: module.yaml, assessment.yaml, lessons/NN-name.{fr,en}.md (images/ aside, see zipModule). */
export function moduleFiles(definition: ModuleDefinition): Record<string, string> {
  const { slug, audience, minutes, competencies, validityMonths, title, summary, lessons, assessment } = definition;
  const files: Record<string, string> = {
    'module.yaml': stringify({ slug, audience, minutes, competencies, ...(validityMonths !== undefined ? { validityMonths } : {}), title, summary }, { lineWidth: 0 }),
    'assessment.yaml': stringify(assessment, { lineWidth: 0 }),
  };
  for (const lesson of lessons) {
    for (const language of ['fr', 'en'] as const) {
      files[`lessons/${lesson.key}.${language}.md`] = `# ${lesson.title[language]}\n\n${lesson.body[language]}\n`;
    }
  }
  return files;
}

/** The module's files and the uploaded images its lessons show (`images/<sha256>.webp`, as the lessons name them). */
export function zipModule(definition: ModuleDefinition, images: { hash: string; data: Uint8Array }[] = []): Buffer {
  const entries = Object.fromEntries([
    ...Object.entries(moduleFiles(definition)).map(([name, text]) => [`${definition.slug}/${name}`, strToU8(text)] as const),
    // Already compressed: stored as they are.
    ...images.map((image) => [`${definition.slug}/${imageRef(image.hash)}`, [new Uint8Array(image.data), { level: 0 as const }]] as const),
  ]);
  return Buffer.from(zipSync(entries, { level: 6 }));
}

/**
 * The zip's files, refusing anything that is not a small module zip: too many entries, unsafe or unexpected names,
 * or more bytes than allowed (counted as really inflated, see unzipLimited).
 */
export function unzipGuarded(bytes: Uint8Array): Unzipped {
  try {
    return unzipLimited(bytes, LIMITS, (name) => ALLOWED.test(name));
  } catch (error) {
    if (!(error instanceof ZipRefusedError)) throw error;
    if (error.reason === 'unsafeName') throw new AppError(400, 'authoring.zipUnsafePath', { name: error.entryName });
    if (error.reason === 'tooLarge') throw new AppError(400, 'authoring.zipTooLarge', { limit: LIMITS.entries, size: LIMITS.totalBytes / 1024 / 1024, unpacked: error.unpacked });
    throw new AppError(400, 'authoring.notZip');
  }
}

/**
 * Reads a module zip with the content/ reader itself (unpacked into a private temporary folder), so a zip is
 * checked exactly like content/. Returns the definition with `slug` set to `slug`, or the reader's problems.
 */
export function readModuleZip(bytes: Uint8Array, slug: string): { definition?: ModuleDefinition; problems: ContentProblem[]; images: { hash: string; data: Uint8Array }[] } {
  const files = unzipGuarded(bytes);
  const roots = new Set(Object.keys(files).map((name) => (name.includes('/') && !name.startsWith('lessons/') ? name.split('/')[0] : '')));
  if (roots.size !== 1) throw new AppError(400, 'authoring.notZip');
  const [root] = roots;
  const strip = (name: string) => (root ? name.slice(root.length + 1) : name);

  // The reader wants the folder to be named after module.yaml's slug: use that name, whatever the zip's folder.
  const moduleYaml = files[root ? `${root}/module.yaml` : 'module.yaml'];
  let declared = 'module';
  try {
    const value = moduleYaml ? (parse(Buffer.from(moduleYaml).toString('utf8')) as { slug?: unknown }) : undefined;
    if (typeof value?.slug === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value.slug)) declared = value.slug;
  } catch {
    // The reader reports the YAML error with its line.
  }
  const workspace = mkdtempSync(join(tmpdir(), 'clef-zip-'));
  try {
    const folder = join(workspace, 'modules', declared);
    mkdirSync(join(folder, 'lessons'), { recursive: true });
    const images: { hash: string; data: Uint8Array }[] = [];
    for (const [name, data] of Object.entries(files)) {
      const image = IMAGE_REF.exec(strip(name));
      if (image) {
        images.push({ hash: image[1], data });
        continue;
      }
      const target = join(folder, strip(name));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    const problems: ContentProblem[] = [];
    const sources: SourceMap = { yaml: new Map() };
    const definition = readModule(join(workspace, 'modules'), declared, problems, sources);
    const located = problems.map((p) => ({ ...p, file: p.file.replace(`modules/${declared}/`, '') }));
    return { definition: definition && located.length === 0 ? { ...definition, slug } : undefined, problems: located, images };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
