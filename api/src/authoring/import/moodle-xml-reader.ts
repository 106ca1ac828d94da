import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../common/errors/app-error.js';
import type { ReadResult } from './imported-question.js';
import { MAX_XML_DEPTH, xmlDepthExceeds } from './import-limits.js';
import { combinedFeedbackNotes } from './conversion-rules.js';
import { questionTexts } from './question-texts.js';

interface TextNode {
  text?: unknown;
  '@_format'?: string;
}
interface MoodleAnswer extends TextNode {
  '@_fraction'?: string;
  feedback?: TextNode;
}
interface MoodleQuestion {
  '@_type'?: string;
  name?: TextNode;
  questiontext?: TextNode;
  generalfeedback?: TextNode;
  defaultgrade?: unknown;
  single?: unknown;
  usecase?: unknown;
  answer?: MoodleAnswer[];
  subquestion?: (TextNode & { answer?: MoodleAnswer[] })[];
  correctfeedback?: TextNode;
  partiallycorrectfeedback?: TextNode;
  incorrectfeedback?: TextNode;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['question', 'answer', 'subquestion'].includes(name),
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

const rawText = (node: TextNode | undefined) => {
  const raw = node?.text;
  return typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
};
const scalar = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
const weightOf = (answer: MoodleAnswer) => Number(answer['@_fraction'] ?? 0) || 0;

function readQuestion(question: MoodleQuestion, line: number): ReadResult | undefined {
  const type = question['@_type'] ?? '';
  const texts = questionTexts();
  const textOf = (node: TextNode | undefined, place?: 'prompt') => texts.read(rawText(node), node?.['@_format'], place);
  const prompt = textOf(question.questiontext, 'prompt');
  const title = textOf(question.name) || prompt.slice(0, 60);
  const grade = scalar(question.defaultgrade) === '' ? undefined : Number(scalar(question.defaultgrade));
  const answers = question.answer ?? [];
  const readAnswers = () => answers.map((a) => ({ text: textOf(a), weight: weightOf(a), feedback: textOf(a.feedback) }));
  const common = () => ({ title, line, prompt, feedback: textOf(question.generalfeedback), grade });
  const combined = () => combinedFeedbackNotes({ correct: textOf(question.correctfeedback) !== '', partial: textOf(question.partiallycorrectfeedback) !== '', incorrect: textOf(question.incorrectfeedback) !== '' });
  switch (type) {
    case 'category':
      return undefined;
    case 'multichoice': {
      const read = { ...common(), type: 'choice' as const, single: scalar(question.single) !== 'false', answers: readAnswers() };
      return { ...read, notes: [...texts.notes(), ...combined()] };
    }
    case 'truefalse': {
      const right = answers.find((a) => weightOf(a) > 0);
      const wrong = answers.find((a) => weightOf(a) <= 0);
      if (!right) return { title, line, reason: 'import.noCorrectAnswer', params: {} };
      const read = { ...common(), type: 'true_false' as const, answer: textOf(right).toLowerCase() === 'true', feedbackRight: textOf(right.feedback), feedbackWrong: textOf(wrong?.feedback) };
      return { ...read, notes: texts.notes() };
    }
    case 'shortanswer': {
      const read = { ...common(), type: 'short_text' as const, answers: readAnswers().filter((a) => a.text !== '') };
      const caseSensitive = scalar(question.usecase) === '1' ? [{ key: 'import.note.caseIgnored' as const, params: {} }] : [];
      return { ...read, notes: [...texts.notes(), ...caseSensitive] };
    }
    case 'matching': {
      const subquestions = (question.subquestion ?? []).map((s) => ({ left: textOf(s), right: textOf(s.answer?.[0]) }));
      const read = { ...common(), type: 'matching' as const, pairs: subquestions.filter((p) => p.left !== ''), distractors: subquestions.filter((p) => p.left === '' && p.right !== '').map((p) => p.right) };
      return { ...read, notes: [...texts.notes(), ...combined()] };
    }
    default:
      return { title, line, reason: 'import.unsupportedType', params: { type: type || '?' } };
  }
}

/** Reads a Moodle XML question bank; a file that is not well-formed XML (or declares a DOCTYPE) is refused as a whole. */
export function readMoodleXml(source: string): ReadResult[] {
  if (/<!DOCTYPE/i.test(source)) throw new AppError(400, 'authoring.importNotXml', { detail: 'DOCTYPE' });
  if (xmlDepthExceeds(source, MAX_XML_DEPTH)) throw new AppError(400, 'authoring.importTooDeep', { limit: MAX_XML_DEPTH });
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new AppError(400, 'authoring.importNotXml', { detail: `line ${valid.err.line}: ${valid.err.msg}` });
  const document = parser.parse(source) as { quiz?: { question?: MoodleQuestion[] } };
  if (!document.quiz) throw new AppError(400, 'authoring.importNotXml', { detail: '<quiz>' });
  // The parser gives no positions: the n-th <question> tag of the source is the n-th question.
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of source.matchAll(/<question\b/g)) {
    for (let i = from; i < match.index; i++) if (source.charCodeAt(i) === 10) line++;
    from = match.index;
    lines.push(line);
  }
  return (document.quiz.question ?? []).flatMap((question, index) => {
    const read = readQuestion(question, lines[index] ?? 0);
    return read ? [read] : [];
  });
}
