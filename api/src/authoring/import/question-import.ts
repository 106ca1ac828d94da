import type { MessageKey } from '../../common/i18n/messages.en.js';
import type { Language } from '../../common/i18n/language.js';
import { checkQuestions } from '../../content/content-rules.js';
import { draftQuestionSchema, type DraftQuestion } from '../../content/content.schema.js';
import type { QuestionDefinition } from '../../content/content.types.js';
import { readGift } from './gift-reader.js';
import { htmlToText } from './html-text.js';
import { isUnreadable, type ReadQuestion, type ReadResult } from './imported-question.js';
import { readMoodleXml } from './moodle-xml-reader.js';

export const IMPORT_FORMATS = ['moodle-xml', 'gift'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOutcome {
  /** 1-based position of the question in the file. */
  number: number;
  line: number | null;
  title: string;
  /** The question as it will be added to the draft, or why it will not be. */
  question?: DraftQuestion;
  reason?: { key: MessageKey; params: Record<string, unknown> };
}

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** Text in the import language, the other language left empty for a translator. */
const inLanguage = (language: Language, text: string) => ({ fr: language === 'fr' ? text : '', en: language === 'en' ? text : '' });

function toDraftQuestion(read: ReadQuestion, id: string, language: Language, competency: string): DraftQuestion | { key: MessageKey; params: Record<string, unknown> } {
  const text = (value: string) => inLanguage(language, value);
  if (!read.prompt) return { key: 'import.emptyPrompt', params: {} };
  const base = { id, competency, points: 1, prompt: text(read.prompt), needsTranslation: true };
  switch (read.type) {
    case 'choice': {
      const correct = read.answers.filter((a) => a.correct).length;
      if (correct === 0) return { key: 'import.noCorrectAnswer', params: {} };
      const single = read.single && correct === 1;
      const minimum = single ? 2 : 3;
      if (read.answers.length < minimum) return { key: 'import.tooFewOptions', params: { minimum, count: read.answers.length } };
      // Clef shows one feedback per question: the general one, else what the right answers said.
      const feedback = read.feedback || read.answers.filter((a) => a.correct && a.feedback).map((a) => a.feedback).join('\n\n');
      return {
        ...base,
        type: single ? 'single_choice' : 'multiple_choice',
        feedback: text(feedback),
        options: read.answers.map((a, index) => ({ id: `o${index + 1}`, ...text(a.text), ...(a.correct ? { correct: true } : {}) })),
      };
    }
    case 'true_false':
      return { ...base, type: 'true_false', answer: read.answer, feedback: text(read.feedback || read.feedbackRight) };
    case 'short_text':
      if (read.accepted.length === 0) return { key: 'import.noCorrectAnswer', params: {} };
      return { ...base, type: 'short_text', feedback: text(read.feedback), accepted: { fr: language === 'fr' ? read.accepted : [], en: language === 'en' ? read.accepted : [] } };
    case 'matching':
      if (read.pairs.length < 3) return { key: 'import.tooFewMatches', params: { count: read.pairs.length } };
      return {
        ...base,
        type: 'matching',
        feedback: text(read.feedback),
        pairs: read.pairs.map((p, index) => ({ id: `p${index + 1}`, left: text(p.left), right: text(p.right) })),
      };
  }
}

/** Reads a question bank and says, per question, what will be created or why not; nothing is saved here. */
export function planImport(format: ImportFormat, source: string, language: Language, existingIds: string[], competency: string): ImportOutcome[] {
  const read: ReadResult[] = format === 'gift' ? readGift(source, htmlToText) : readMoodleXml(source);
  const taken = new Set(existingIds);
  const uniqueId = (title: string, number: number) => {
    const stem = slugify(title) || `imported-${number}`;
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  };
  return read.map((result, index) => {
    const number = index + 1;
    const where = { number, line: result.line ?? null, title: result.title };
    if (isUnreadable(result)) return { ...where, reason: { key: result.reason, params: result.params } };
    const converted = toDraftQuestion(result, uniqueId(result.title, number), language, competency);
    if ('key' in converted) return { ...where, reason: converted };
    const shape = draftQuestionSchema.safeParse(converted);
    if (!shape.success) return { ...where, reason: { key: 'content.invalidValue', params: { detail: shape.error.issues[0].message } } };
    const [problem] = checkQuestions([shape.data as QuestionDefinition]);
    if (problem) return { ...where, reason: { key: problem.rule, params: problem.params } };
    return { ...where, question: shape.data };
  });
}
