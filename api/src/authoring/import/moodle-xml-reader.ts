import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../common/errors/app-error.js';
import { htmlToText } from './html-text.js';
import type { ReadResult } from './imported-question.js';

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
  single?: unknown;
  answer?: MoodleAnswer[];
  subquestion?: (TextNode & { answer?: MoodleAnswer[] })[];
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

/** The text of `<x format="…"><text>…</text></x>`: HTML reduced to text, other formats as written. */
function textOf(node: TextNode | undefined): string {
  const raw = node?.text;
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
  return node?.['@_format'] === 'html' || /<[a-z][^>]*>/i.test(text) ? htmlToText(text) : text.trim();
}

const isCorrect = (answer: MoodleAnswer) => Number(answer['@_fraction'] ?? 0) > 0;

function readQuestion(question: MoodleQuestion, line: number): ReadResult | undefined {
  const type = question['@_type'] ?? '';
  const prompt = textOf(question.questiontext);
  const title = textOf(question.name) || prompt.slice(0, 60);
  const base = { title, line, prompt, feedback: textOf(question.generalfeedback) };
  const answers = question.answer ?? [];
  switch (type) {
    case 'category':
      return undefined;
    case 'multichoice':
      return {
        ...base,
        type: 'choice',
        single: String(question.single ?? 'true').trim() !== 'false',
        answers: answers.map((a) => ({ text: textOf(a), correct: isCorrect(a), feedback: textOf(a.feedback) })),
      };
    case 'truefalse': {
      const right = answers.find(isCorrect);
      const wrong = answers.find((a) => !isCorrect(a));
      if (!right) return { title, line, reason: 'import.noCorrectAnswer', params: {} };
      return { ...base, type: 'true_false', answer: textOf(right).toLowerCase() === 'true', feedbackRight: textOf(right.feedback), feedbackWrong: textOf(wrong?.feedback) };
    }
    case 'shortanswer':
      return { ...base, type: 'short_text', accepted: answers.filter(isCorrect).map((a) => textOf(a)).filter(Boolean) };
    case 'matching':
      // Moodle's extra wrong answers (a subquestion without text) have no place in Clef's matching: left out.
      return {
        ...base,
        type: 'matching',
        pairs: (question.subquestion ?? []).map((s) => ({ left: textOf(s), right: textOf(s.answer?.[0]) })).filter((p) => p.left !== ''),
      };
    default:
      return { title, line, reason: 'import.unsupportedType', params: { type: type || '?' } };
  }
}

/** Reads a Moodle XML question bank; a file that is not well-formed XML (or declares a DOCTYPE) is refused as a whole. */
export function readMoodleXml(source: string): ReadResult[] {
  if (/<!DOCTYPE/i.test(source)) throw new AppError(400, 'authoring.importNotXml', { detail: 'DOCTYPE' });
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
