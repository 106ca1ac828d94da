import { normalizeText } from '../common/text/normalize.js';
import type { SourceMap } from './content-reader.js';
import type { ContentBundle, ContentProblem, Localized, ModuleDefinition, ProgrammeDefinition, QuestionDefinition } from './content.types.js';
import type { Path } from './yaml-file.js';

const MIN_POOL = { professional: 10, child: 8 } as const;
const MIN_TYPES = 4;
const LESSONS = { min: 3, max: 6 };
const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem ipsum)\b/i;
const RAW_HTML = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i;

type Report = (file: string, path: Path, message: string) => void;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

function checkQuestion(question: QuestionDefinition, path: Path, file: string, known: Set<string>, report: Report) {
  if (!known.has(question.competency)) report(file, [...path, 'competency'], `unknown competency "${question.competency}"`);
  const sameIds = (ids: string[], field: string) =>
    duplicates(ids).forEach((id) => report(file, [...path, field], `id "${id}" is used twice`));
  const distinctTexts = (texts: Localized[], field: string, what: string) => {
    for (const language of ['fr', 'en'] as const) {
      duplicates(texts.map((t) => normalizeText(t[language]))).forEach(() =>
        report(file, [...path, field], `two ${what} have the same ${language} text, so the answer is ambiguous`),
      );
    }
  };
  switch (question.type) {
    case 'single_choice': {
      sameIds(question.options.map((o) => o.id), 'options');
      distinctTexts(question.options, 'options', 'options');
      const correct = question.options.filter((o) => o.correct).length;
      if (correct !== 1) report(file, [...path, 'options'], `a single_choice question needs exactly one correct option (has ${correct})`);
      break;
    }
    case 'multiple_choice': {
      sameIds(question.options.map((o) => o.id), 'options');
      distinctTexts(question.options, 'options', 'options');
      const correct = question.options.filter((o) => o.correct).length;
      if (correct === 0) report(file, [...path, 'options'], 'a multiple_choice question needs at least one correct option');
      if (correct === question.options.length) report(file, [...path, 'options'], 'a multiple_choice question needs at least one wrong option');
      break;
    }
    case 'ordering':
      sameIds(question.items.map((i) => i.id), 'items');
      distinctTexts(question.items, 'items', 'items');
      break;
    case 'matching':
      sameIds(question.pairs.map((p) => p.id), 'pairs');
      distinctTexts(question.pairs.map((p) => p.left), 'pairs', 'left sides');
      distinctTexts(question.pairs.map((p) => p.right), 'pairs', 'right sides');
      break;
    case 'short_text':
      for (const language of ['fr', 'en'] as const) {
        if (question.accepted[language].some((answer) => normalizeText(answer) === '')) {
          report(file, [...path, 'accepted', language], 'an accepted answer is only punctuation');
        }
      }
      break;
    case 'true_false':
      break;
  }
}

function checkModule(module: ModuleDefinition, known: Set<string>, report: Report) {
  const moduleFile = `modules/${module.slug}/module.yaml`;
  const assessmentFile = `modules/${module.slug}/assessment.yaml`;
  module.competencies.forEach((code, index) => {
    if (!known.has(code)) report(moduleFile, ['competencies', index], `unknown competency "${code}"`);
  });

  const { lessons } = module;
  if (lessons.length < LESSONS.min || lessons.length > LESSONS.max) {
    report(`modules/${module.slug}/lessons`, [], `a module has ${LESSONS.min} to ${LESSONS.max} lessons (has ${lessons.length})`);
  }
  lessons.forEach((lesson, index) => {
    const expected = index + 1;
    for (const language of ['fr', 'en'] as const) {
      const file = `modules/${module.slug}/lessons/${lesson.key}.${language}.md`;
      if (lesson.position !== expected) report(file, [], `lessons are numbered 01, 02 … without gaps (expected ${String(expected).padStart(2, '0')})`);
      if (!lesson.body[language]) report(file, [], 'the lesson has no text after its title');
      if (RAW_HTML.test(lesson.body[language])) report(file, [], 'raw HTML is not rendered: use Markdown');
      if (PLACEHOLDER.test(lesson.body[language])) report(file, [], 'contains placeholder text');
    }
  });

  const { questions, draw } = module.assessment;
  duplicates(questions.map((q) => q.id)).forEach((id) => report(assessmentFile, ['questions'], `question id "${id}" is used twice`));
  questions.forEach((question, index) => checkQuestion(question, ['questions', index], assessmentFile, known, report));
  if (draw > questions.length) report(assessmentFile, ['draw'], `draws ${draw} questions from a pool of ${questions.length}`);
  const minimum = MIN_POOL[module.audience];
  if (questions.length < minimum) report(assessmentFile, ['questions'], `a ${module.audience} module needs at least ${minimum} questions (has ${questions.length})`);
  const types = new Set(questions.map((q) => q.type));
  if (types.size < MIN_TYPES) report(assessmentFile, ['questions'], `use at least ${MIN_TYPES} question types (uses ${types.size})`);
  if (PLACEHOLDER.test(JSON.stringify(module.assessment))) report(assessmentFile, [], 'contains placeholder text');
}

function checkProgramme(programme: ProgrammeDefinition, index: number, modules: Map<string, ModuleDefinition>, report: Report) {
  const path = ['programmes', index];
  duplicates(programme.modules).forEach((slug) => report('programmes.yaml', [...path, 'modules'], `module "${slug}" is listed twice`));
  const audiences = new Set<string>();
  programme.modules.forEach((slug, position) => {
    const module = modules.get(slug);
    if (!module) report('programmes.yaml', [...path, 'modules', position], `unknown module "${slug}"`);
    else audiences.add(module.audience);
  });
  if (audiences.size > 1) report('programmes.yaml', [...path, 'modules'], 'mixes professional and child modules');
  if (PLACEHOLDER.test(JSON.stringify(programme))) report('programmes.yaml', path, 'contains placeholder text');
}

/** Rules across files: known competencies, answerable questions, both languages, pool sizes. */
export function checkBundle(bundle: ContentBundle, sources: SourceMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (file, path, message) =>
    problems.push({ file, line: sources.yaml.get(file)?.lineOf(path), field: path.join('.') || undefined, message });

  const codes = bundle.competencies.map((c) => c.code);
  duplicates(codes).forEach((code) => report('competencies.yaml', ['competencies'], `competency code "${code}" is used twice`));
  const known = new Set(codes);
  duplicates(bundle.modules.map((m) => m.slug)).forEach((slug) => report(`modules/${slug}/module.yaml`, ['slug'], 'slug is used twice'));
  bundle.modules.forEach((module) => checkModule(module, known, report));
  duplicates(bundle.programmes.map((p) => p.slug)).forEach((slug) => report('programmes.yaml', ['programmes'], `programme slug "${slug}" is used twice`));
  const modules = new Map(bundle.modules.map((m) => [m.slug, m]));
  bundle.programmes.forEach((programme, index) => checkProgramme(programme, index, modules, report));
  return problems;
}
