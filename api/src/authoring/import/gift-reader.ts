import type { ReadResult } from './imported-question.js';
import { questionTexts } from './question-texts.js';

// Escaped characters are swapped for private-use code points while parsing, then restored as plain characters.
const ESCAPES: Record<string, string> = { ':': '\uE000', '=': '\uE001', '~': '\uE002', '#': '\uE003', '{': '\uE004', '}': '\uE005', '\\': '\uE006', n: '\uE007' };
const RESTORE: Record<string, string> = { ...Object.fromEntries(Object.entries(ESCAPES).map(([k, v]) => [v, k])), '\uE007': '\n' };
const protect = (text: string) => text.replace(/\\([:=~#{}\\n])/g, (_, c: string) => ESCAPES[c]);
const restore = (text: string) => text.replace(/[\uE000-\uE007]/g, (c) => RESTORE[c]).trim();

/** `[html]`, `[markdown]` … : the text format of the question, its answers and its feedback. */
const FORMAT = /^\[(html|moodle|markdown|plain)\]/;

interface Block {
  line: number;
  text: string;
}

/** Questions are separated by blank lines; `//` comments and `$CATEGORY:` lines are not part of them. */
function blocks(source: string): Block[] {
  const result: Block[] = [];
  let current: string[] = [];
  let start = 0;
  source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trimEnd();
      if (/^\s*\/\//.test(line) || /^\s*\$CATEGORY:/i.test(line)) return;
      if (line.trim() === '') {
        if (current.length > 0) result.push({ line: start, text: current.join('\n') });
        current = [];
        return;
      }
      if (current.length === 0) start = index + 1;
      current.push(line);
    });
  if (current.length > 0) result.push({ line: start, text: current.join('\n') });
  return result;
}

/** Splits `=a#fb ~b ~%50%c` into entries at unescaped = and ~ (escapes are already protected; texts stay so). */
function entries(answers: string): { marker: '=' | '~'; weight: number | null; text: string; feedback: string }[] {
  const parts = answers.split(/(?=[=~])/).map((part) => part.trim()).filter(Boolean);
  return parts.map((part) => {
    const marker = part[0] as '=' | '~';
    let body = part.slice(1).trim();
    let weight: number | null = null;
    const percent = /^%(-?\d+(?:\.\d+)?)%/.exec(body);
    if (percent) {
      weight = Number(percent[1]);
      body = body.slice(percent[0].length);
    }
    const [text, ...feedback] = body.split('#');
    return { marker, weight, text, feedback: feedback.join('#') };
  });
}

function readBlock(block: Block, number: number): ReadResult {
  const full = protect(block.text);
  let text = full;
  let title = '';
  const titled = /^\s*::(.*?)::/s.exec(text);
  if (titled) {
    title = restore(titled[1]);
    text = text.slice(titled[0].length);
  }
  const lineOf = (offset: number) => full.slice(0, (titled?.[0].length ?? 0) + offset).split('\n').length - 1;
  const fallbackTitle = title || `#${number}`;
  const malformed = (detail: 'import.gift.unclosed' | 'import.gift.noAnswers' | 'import.gift.badAnswers', offset = 0) => ({
    title: fallbackTitle,
    line: block.line + offset,
    reason: detail,
    params: { line: block.line + offset },
  });
  const open = text.indexOf('{');
  if (open < 0) return malformed(text.includes('}') ? 'import.gift.badAnswers' : 'import.gift.noAnswers');
  const close = text.indexOf('}', open);
  if (close < 0) return malformed('import.gift.unclosed', lineOf(open));
  if (text.indexOf('{', open + 1) >= 0 && text.indexOf('{', open + 1) < close) return malformed('import.gift.unclosed', lineOf(open));

  let before = text.slice(0, open).trim();
  const after = text.slice(close + 1).trim();
  const format = FORMAT.exec(before);
  if (format) before = before.slice(format[0].length);
  const texts = questionTexts();
  const asText = (value: string, place?: 'prompt') => texts.read(restore(value), format?.[1], place);
  // Each answer (and each side of a matching pair) may carry its own format tag, read as the question's would be.
  const answerText = (value: string) => {
    const own = FORMAT.exec(value.trim());
    return own ? texts.read(restore(value.trim().slice(own[0].length)), own[1]) : asText(value);
  };
  // The blank of a "missing word" question is added after the conversion, so that no format reads it as markup.
  const prompt = after ? [asText(before, 'prompt'), '_____', asText(after, 'prompt')].filter(Boolean).join(' ') : asText(before, 'prompt');
  let answers = text.slice(open + 1, close).trim();
  let feedback = '';
  const general = answers.indexOf('####');
  if (general >= 0) {
    feedback = asText(answers.slice(general + 4));
    answers = answers.slice(0, general).trim();
  }
  const common = () => ({ title: title || prompt.slice(0, 60), line: block.line, prompt, feedback });

  if (answers === '') return { title: fallbackTitle, line: block.line, reason: 'import.unsupportedType', params: { type: 'essay' } };
  if (answers.startsWith('#')) return { title: fallbackTitle, line: block.line, reason: 'import.unsupportedType', params: { type: 'numerical' } };
  const trueFalse = /^(T|F|TRUE|FALSE)\s*(#([^#]*))?(#(.*))?$/s.exec(answers);
  if (trueFalse) {
    // Moodle's order: {T#shown after a wrong answer#shown after the right one}.
    const read = { ...common(), type: 'true_false' as const, answer: trueFalse[1].startsWith('T'), feedbackWrong: asText(trueFalse[3] ?? ''), feedbackRight: asText(trueFalse[5] ?? '') };
    return { ...read, notes: texts.notes() };
  }
  // French authors write {VRAI} or {FAUX}; Moodle reads only T/TRUE and F/FALSE, whatever the question's language.
  const translated = /^(VRAIE?|FAUX|FAUSSE|V)\s*(#.*)?$/is.exec(answers);
  if (translated) return { title: fallbackTitle, line: block.line + lineOf(open), reason: 'import.gift.trueFalseWord', params: { line: block.line + lineOf(open), word: translated[1] } };
  if (!/^[=~]/.test(answers)) return malformed('import.gift.badAnswers', lineOf(open));
  const list = entries(answers);
  if (list.some((e) => e.marker === '=' && e.text.includes('->'))) {
    if (list.some((e) => e.marker !== '=' || !e.text.includes('->'))) return malformed('import.gift.badAnswers', lineOf(open));
    const pairs = list.map((e) => {
      const [left, ...right] = e.text.split('->');
      return { left: answerText(left), right: answerText(right.join('->')) };
    });
    // `= -> text` is an extra answer with no question (a distractor).
    const read = { ...common(), type: 'matching' as const, pairs: pairs.filter((p) => p.left !== ''), distractors: pairs.filter((p) => p.left === '' && p.right !== '').map((p) => p.right) };
    return { ...read, notes: texts.notes() };
  }
  const answersRead = list.map((e) => ({ text: answerText(e.text), weight: e.weight ?? (e.marker === '=' ? 100 : 0), feedback: answerText(e.feedback) }));
  if (list.every((e) => e.marker === '=')) {
    // {=a =b}: every answer is accepted (Moodle's short answer).
    const read = { ...common(), type: 'short_text' as const, answers: answersRead.filter((a) => a.text !== '') };
    return { ...read, notes: texts.notes() };
  }
  // Moodle asks for one answer when one is marked =, and lets learners tick several when there are only ~%n% weights.
  const read = { ...common(), type: 'choice' as const, single: list.some((e) => e.marker === '='), answers: answersRead };
  return { ...read, notes: texts.notes() };
}

/** Reads a GIFT file (Moodle's text format): each question, or why it cannot be read, with its line. */
export function readGift(source: string): ReadResult[] {
  return blocks(source).map((block, index) => readBlock(block, index + 1));
}
