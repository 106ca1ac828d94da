import type { Language } from '../../common/i18n/language.js';
import { checkQuestions } from '../../content/content-rules.js';
import { draftQuestionSchema, type DraftQuestion } from '../../content/content.schema.js';
import type { QuestionDefinition } from '../../content/content.types.js';
import { readGift } from './gift-reader.js';
import { acceptedAnswers, bestAnswers, distractorNotes, gradeSumNotes, invalidGrades, oneFeedback, pointsFrom, rightOptions } from './conversion-rules.js';
import { isUnreadable, type ImportMessage, type ReadQuestion, type ReadResult } from './imported-question.js';
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
  reason?: ImportMessage;
  /** What the question loses or changes on the way in (empty when it cannot come in). */
  notes: ImportMessage[];
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

type Converted = { question: DraftQuestion; notes: ImportMessage[] } | ImportMessage;

function toDraftQuestion(read: ReadQuestion, id: string, language: Language, competency: string): Converted {
  const text = (value: string) => inLanguage(language, value);
  if (!read.prompt) return { key: 'import.emptyPrompt', params: {} };
  const { points, notes: pointNotes } = pointsFrom(read.grade);
  const base = { id, competency, points, prompt: text(read.prompt), needsTranslation: true };
  // Points first, then how answers are graded, what the reader dropped (images …), and last the feedback.
  const withNotes = (question: DraftQuestion, answerNotes: ImportMessage[], feedbackNotes: ImportMessage[] = []) => ({ question, notes: [...pointNotes, ...answerNotes, ...read.notes, ...feedbackNotes] });
  switch (read.type) {
    case 'choice': {
      const refused = invalidGrades(read.answers);
      if (refused) return refused;
      const { right, notes: ruleNotes } = rightOptions(read.answers, read.single);
      const gradingNotes = [...gradeSumNotes(read.answers, read.single), ...ruleNotes];
      const correct = right.filter(Boolean).length;
      if (correct === 0) return { key: 'import.noCorrectAnswer', params: {} };
      const single = read.single && correct === 1;
      const minimum = single ? 2 : 3;
      if (read.answers.length < minimum) return { key: 'import.tooFewOptions', params: { minimum, found: read.answers.length } };
      const feedback = oneFeedback(read.feedback, read.answers.map((a) => a.feedback), right);
      const options = read.answers.map((a, index) => ({ id: `o${index + 1}`, ...text(a.text), ...(right[index] ? { correct: true } : {}) }));
      return withNotes({ ...base, type: single ? 'single_choice' : 'multiple_choice', feedback: text(feedback.feedback), options }, gradingNotes, feedback.notes);
    }
    case 'true_false': {
      const feedback = oneFeedback(read.feedback, [read.feedbackRight, read.feedbackWrong], [true, false]);
      return withNotes({ ...base, type: 'true_false', answer: read.answer, feedback: text(feedback.feedback) }, [], feedback.notes);
    }
    case 'short_text': {
      const refused = invalidGrades(read.answers);
      if (refused) return refused;
      const { right, notes: gradingNotes } = bestAnswers(read.answers);
      const { accepted, notes: acceptedNotes } = acceptedAnswers(read.answers.filter((_, i) => right[i]).map((a) => a.text));
      if (accepted.length === 0) return { key: 'import.noCorrectAnswer', params: {} };
      const feedback = oneFeedback(read.feedback, read.answers.map((a) => a.feedback), right);
      const question: DraftQuestion = { ...base, type: 'short_text', feedback: text(feedback.feedback), accepted: { fr: language === 'fr' ? accepted : [], en: language === 'en' ? accepted : [] } };
      return withNotes(question, [...gradingNotes, ...acceptedNotes], feedback.notes);
    }
    case 'matching': {
      if (read.pairs.length < 3) return { key: 'import.tooFewMatches', params: { found: read.pairs.length } };
      const pairs = read.pairs.map((p, index) => ({ id: `p${index + 1}`, left: text(p.left), right: text(p.right) }));
      return withNotes({ ...base, type: 'matching', feedback: text(read.feedback), pairs }, distractorNotes(read.distractors));
    }
  }
}

/** Reads a question bank and says, per question, what will be created or why not; nothing is saved here. */
export function planImport(format: ImportFormat, source: string, language: Language, existingIds: string[], competency: string): ImportOutcome[] {
  const read: ReadResult[] = format === 'gift' ? readGift(source) : readMoodleXml(source);
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
    const where = { number, line: result.line ?? null, title: result.title, notes: [] };
    if (isUnreadable(result)) return { ...where, reason: { key: result.reason, params: result.params } };
    const converted = toDraftQuestion(result, uniqueId(result.title, number), language, competency);
    if ('key' in converted) return { ...where, reason: converted };
    const shape = draftQuestionSchema.safeParse(converted.question);
    if (!shape.success) return { ...where, reason: { key: 'content.invalidValue', params: { detail: shape.error.issues[0].message } } };
    const [problem] = checkQuestions([shape.data as QuestionDefinition]);
    if (problem) return { ...where, reason: { key: problem.rule, params: problem.params } };
    return { ...where, question: shape.data, notes: converted.notes };
  });
}
