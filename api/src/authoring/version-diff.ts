import { sortKeys } from '../common/text/stable-hash.js';
import type { Localized, ModuleDefinition, QuestionDefinition } from '../content/content.types.js';
import { lessonName } from '../content/lesson-key.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
export type Change = 'added' | 'removed' | 'changed';
/** A text that changed (a title, a lesson body, a prompt, a feedback), whole in both versions. */
export interface TextChange {
  field: string;
  before: string;
  after: string;
}
export interface LessonChange {
  /** The lesson's stable name (its key without the NN- number). */
  key: string;
  /** Its title in the later version (the earlier one when removed), to name it to a reader. */
  title: Localized;
  change: Change;
  positionBefore: number | null;
  positionAfter: number | null;
  /** For `changed`: which of title.fr, title.en, body.fr, body.en, position differ. */
  fields: string[];
  /** For `changed`: the texts among them, before and after, so that a reader sees how they changed. */
  texts: TextChange[];
}
export interface QuestionChange {
  id: string;
  /** Its prompt in the later version (the earlier one when removed), to name it to a reader. */
  prompt: Localized;
  change: Change;
  /** For `changed`: type, competency, points, prompt.fr … and the answer part (options, answer, items, pairs, accepted). */
  fields: string[];
  /** For `changed`: the prompt and feedback texts among them, before and after. */
  texts: TextChange[];
}
export interface DefinitionDiff {
  metadata: FieldChange[];
  lessons: LessonChange[];
  questions: QuestionChange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
const LANGUAGES = ['fr', 'en'] as const;

const METADATA: [string, (d: ModuleDefinition) => unknown][] = [
  ['audience', (d) => d.audience],
  ['minutes', (d) => d.minutes],
  ['competencies', (d) => d.competencies],
  ['validityMonths', (d) => d.validityMonths ?? null],
  ...LANGUAGES.map((l) => [`title.${l}`, (d: ModuleDefinition) => d.title[l]] as [string, (d: ModuleDefinition) => unknown]),
  ...LANGUAGES.map((l) => [`summary.${l}`, (d: ModuleDefinition) => d.summary[l]] as [string, (d: ModuleDefinition) => unknown]),
  ['assessment.passMark', (d) => d.assessment.passMark],
  ['assessment.attempts', (d) => d.assessment.attempts],
  ['assessment.draw', (d) => d.assessment.draw],
];

function questionFields(before: QuestionDefinition, after: QuestionDefinition): string[] {
  const flat = (q: QuestionDefinition) => {
    const { prompt, feedback, ...rest } = q as QuestionDefinition & Record<string, unknown>;
    return { ...rest, 'prompt.fr': prompt.fr, 'prompt.en': prompt.en, 'feedback.fr': feedback.fr, 'feedback.en': feedback.en } as Record<string, unknown>;
  };
  const a = flat(before);
  const b = flat(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== 'id' && !same(a[key], b[key]));
}

/** The changed fields that are texts (`title.fr` …), with both versions of each. */
function textChanges(fields: string[], before: Record<string, Localized>, after: Record<string, Localized>): TextChange[] {
  return fields.flatMap((field) => {
    const [name, language] = field.split('.') as [string, 'fr' | 'en' | undefined];
    if (!language || !(name in before)) return [];
    return [{ field, before: before[name][language], after: after[name][language] }];
  });
}

/** What changed from one definition to another: metadata fields, lessons (by stable name) and questions (by id). */
export function diffDefinitions(before: ModuleDefinition, after: ModuleDefinition): DefinitionDiff {
  const metadata = METADATA.flatMap(([field, read]) => (same(read(before), read(after)) ? [] : [{ field, before: read(before), after: read(after) }]));

  const beforeLessons = new Map(before.lessons.map((l, i) => [lessonName(l.key), { ...l, position: i + 1 }]));
  const afterLessons = new Map(after.lessons.map((l, i) => [lessonName(l.key), { ...l, position: i + 1 }]));
  const lessons: LessonChange[] = [];
  for (const [key, old] of beforeLessons) {
    const now = afterLessons.get(key);
    if (!now) {
      lessons.push({ key, title: old.title, change: 'removed', positionBefore: old.position, positionAfter: null, fields: [], texts: [] });
      continue;
    }
    const fields = [
      ...LANGUAGES.filter((l) => old.title[l] !== now.title[l]).map((l) => `title.${l}`),
      ...LANGUAGES.filter((l) => old.body[l] !== now.body[l]).map((l) => `body.${l}`),
      ...(old.position !== now.position ? ['position'] : []),
    ];
    const texts = textChanges(fields, { title: old.title, body: old.body }, { title: now.title, body: now.body });
    if (fields.length > 0) lessons.push({ key, title: now.title, change: 'changed', positionBefore: old.position, positionAfter: now.position, fields, texts });
  }
  for (const [key, now] of afterLessons) {
    if (!beforeLessons.has(key)) lessons.push({ key, title: now.title, change: 'added', positionBefore: null, positionAfter: now.position, fields: [], texts: [] });
  }

  const beforeQuestions = new Map(before.assessment.questions.map((q) => [q.id, q]));
  const afterQuestions = new Map(after.assessment.questions.map((q) => [q.id, q]));
  const questions: QuestionChange[] = [];
  for (const [id, old] of beforeQuestions) {
    const now = afterQuestions.get(id);
    if (!now) questions.push({ id, prompt: old.prompt, change: 'removed', fields: [], texts: [] });
    else {
      const fields = questionFields(old, now);
      const texts = textChanges(fields, { prompt: old.prompt, feedback: old.feedback }, { prompt: now.prompt, feedback: now.feedback });
      if (fields.length > 0) questions.push({ id, prompt: now.prompt, change: 'changed', fields, texts });
    }
  }
  for (const [id, now] of afterQuestions) if (!beforeQuestions.has(id)) questions.push({ id, prompt: now.prompt, change: 'added', fields: [], texts: [] });
  return { metadata, lessons, questions };
}
