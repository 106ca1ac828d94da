import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { countriesFileSchema } from './countries.schema.js';
import { assessmentFileSchema, competenciesFileSchema, moduleFileSchema, programmesFileSchema } from './content.schema.js';
import type { ContentBundle, ContentProblem, LessonDefinition, ModuleDefinition } from './content.types.js';
import { checkBundle } from './content-rules.js';
import { readYamlFile, type Path, type YamlFile } from './yaml-file.js';

export interface ContentReport {
  bundle: ContentBundle;
  problems: ContentProblem[];
}

/** Where each value came from, so that rules can name file and line. */
export interface SourceMap {
  yaml: Map<string, YamlFile>;
}

function parseWith<T>(schema: z.ZodType<T>, file: YamlFile, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(file.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as Path;
    problems.push({ file: file.name, line: file.lineOf(path), field: path.join('.') || undefined, message: issue.message });
  }
  return undefined;
}

const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.(fr|en)\.md$/;

function readLessons(moduleDir: string, relativeDir: string, problems: ContentProblem[]): LessonDefinition[] {
  const dir = join(moduleDir, 'lessons');
  if (!existsSync(dir)) {
    problems.push({ file: `${relativeDir}/lessons`, message: 'folder is missing' });
    return [];
  }
  const byKey = new Map<string, Partial<Record<'fr' | 'en', string>>>();
  for (const name of readdirSync(dir).sort()) {
    const match = LESSON_FILE.exec(name);
    if (!match) {
      problems.push({ file: `${relativeDir}/lessons/${name}`, message: 'lesson files are named NN-name.fr.md / NN-name.en.md' });
      continue;
    }
    const key = `${match[1]}-${match[2]}`;
    byKey.set(key, { ...byKey.get(key), [match[3]]: readFileSync(join(dir, name), 'utf8') });
  }
  const lessons: LessonDefinition[] = [];
  for (const [key, sources] of byKey) {
    const parsed = { fr: { title: '', body: '' }, en: { title: '', body: '' } };
    for (const language of ['fr', 'en'] as const) {
      const file = `${relativeDir}/lessons/${key}.${language}.md`;
      const source = sources[language];
      if (source === undefined) {
        problems.push({ file, message: `is missing (every lesson exists in French and English)` });
        continue;
      }
      const [firstLine, ...rest] = source.replace(/^\uFEFF/, '').split('\n');
      if (!/^# \S/.test(firstLine)) problems.push({ file, line: 1, message: 'the first line must be the title as "# Title"' });
      parsed[language] = { title: firstLine.replace(/^#\s*/, '').trim(), body: rest.join('\n').trim() };
    }
    lessons.push({
      key,
      position: Number(key.slice(0, 2)),
      title: { fr: parsed.fr.title, en: parsed.en.title },
      body: { fr: parsed.fr.body, en: parsed.en.body },
    });
  }
  return lessons;
}

/** Reads one module folder (module.yaml, assessment.yaml, lessons/) as content/ holds it; the authoring zip import reads through here too. */
export function readModule(modulesDir: string, folder: string, problems: ContentProblem[], sources: SourceMap): ModuleDefinition | undefined {
  const dir = join(modulesDir, folder);
  const relativeDir = `modules/${folder}`;
  const moduleFile = readYamlFile(join(dir, 'module.yaml'), `${relativeDir}/module.yaml`, problems);
  const assessmentFile = readYamlFile(join(dir, 'assessment.yaml'), `${relativeDir}/assessment.yaml`, problems);
  const lessons = readLessons(dir, relativeDir, problems);
  const meta = moduleFile && parseWith(moduleFileSchema, moduleFile, problems);
  const assessment = assessmentFile && parseWith(assessmentFileSchema, assessmentFile, problems);
  if (moduleFile) sources.yaml.set(moduleFile.name, moduleFile);
  if (assessmentFile) sources.yaml.set(assessmentFile.name, assessmentFile);
  if (!meta || !assessment) return undefined;
  if (meta.slug !== folder) {
    problems.push({ file: `${relativeDir}/module.yaml`, line: moduleFile.lineOf(['slug']), field: 'slug', message: `must equal the folder name "${folder}"` });
  }
  return { ...meta, lessons, assessment };
}

/** Reads and checks everything under `contentDir`; `problems` is empty when the content is sound. */
export function readContent(contentDir: string): ContentReport {
  const problems: ContentProblem[] = [];
  const sources: SourceMap = { yaml: new Map() };
  const competenciesFile = readYamlFile(join(contentDir, 'competencies.yaml'), 'competencies.yaml', problems);
  const competencies = (competenciesFile && parseWith(competenciesFileSchema, competenciesFile, problems)?.competencies) ?? [];
  if (competenciesFile) sources.yaml.set(competenciesFile.name, competenciesFile);

  const modulesDir = join(contentDir, 'modules');
  const folders = existsSync(modulesDir)
    ? readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory()).sort()
    : [];
  const modules = folders
    .map((folder) => readModule(modulesDir, folder, problems, sources))
    .filter((module): module is ModuleDefinition => module !== undefined);

  // Optional: content without certification tracks is still sound.
  const programmesPath = join(contentDir, 'programmes.yaml');
  const programmesFile = existsSync(programmesPath) ? readYamlFile(programmesPath, 'programmes.yaml', problems) : undefined;
  const programmes = (programmesFile && parseWith(programmesFileSchema, programmesFile, problems)?.programmes) ?? [];
  if (programmesFile) sources.yaml.set(programmesFile.name, programmesFile);

  const countriesPath = join(contentDir, 'countries.yaml');
  const countriesFile = existsSync(countriesPath) ? readYamlFile(countriesPath, 'countries.yaml', problems) : undefined;
  const countries = (countriesFile && parseWith(countriesFileSchema, countriesFile, problems)?.countries) ?? [];
  if (countriesFile) sources.yaml.set(countriesFile.name, countriesFile);

  const bundle: ContentBundle = { competencies, modules, programmes, countries };
  problems.push(...checkBundle(bundle, sources));
  return { bundle, problems };
}
