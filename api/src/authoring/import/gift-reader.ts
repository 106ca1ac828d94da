import type { ReadResult } from './imported-question.js';

// Escaped characters are swapped for private-use code points while parsing, then restored as plain characters.
const ESCAPES: Record<string, string> = { ':': '\uE000', '=': '\uE001', '~': '\uE002', '#': '\uE003', '{': '\uE004', '}': '\uE005', '\\': '\uE006', n: '\uE007' };
const RESTORE: Record<string, string> = { ...Object.fromEntries(Object.entries(ESCAPES).map(([k, v]) => [v, k])), '\uE007': '\n' };
const protect = (text: string) => text.replace(/\\([:=~#{}\\n])/g, (_, c: string) => ESCAPES[c]);
const restore = (text: string) => text.replace(/[\uE000-\uE007]/g, (c) => RESTORE[c]).trim();

/** `[html]`, `[markdown]` … formats: HTML is reduced to text; the others are kept as written. */
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

/** Splits `=a#fb ~b ~%50%c` into entries at unescaped = and ~ (escapes are already protected). */
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
    return { marker, weight, text: restore(text), feedback: restore(feedback.join('#')) };
  });
}

function readBlock(block: Block, number: number, toText: (html: string) => string): ReadResult {
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
  const asText = (value: string) => (format?.[1] === 'html' ? toText(restore(value)) : restore(value));
  const prompt = asText(after ? `${before} _____ ${after}` : before);
  let answers = text.slice(open + 1, close).trim();
  let feedback = '';
  const general = answers.indexOf('####');
  if (general >= 0) {
    feedback = restore(answers.slice(general + 4));
    answers = answers.slice(0, general).trim();
  }
  const base = { title: title || prompt.slice(0, 60), line: block.line, prompt, feedback };

  if (answers === '') return { title: fallbackTitle, line: block.line, reason: 'import.unsupportedType', params: { type: 'essay' } };
  if (answers.startsWith('#')) return { title: fallbackTitle, line: block.line, reason: 'import.unsupportedType', params: { type: 'numerical' } };
  const trueFalse = /^(T|F|TRUE|FALSE)\s*(#([^#]*))?(#(.*))?$/s.exec(answers);
  if (trueFalse) {
    return {
      ...base,
      type: 'true_false',
      answer: trueFalse[1].startsWith('T'),
      feedbackWrong: restore(trueFalse[3] ?? ''),
      feedbackRight: restore(trueFalse[5] ?? ''),
    };
  }
  if (!/^[=~]/.test(answers)) return malformed('import.gift.badAnswers', lineOf(open));
  const list = entries(answers);
  if (list.some((e) => e.marker === '=' && e.text.includes('->'))) {
    if (list.some((e) => e.marker !== '=' || !e.text.includes('->'))) return malformed('import.gift.badAnswers', lineOf(open));
    return {
      ...base,
      type: 'matching',
      pairs: list.map((e) => {
        const [left, ...right] = e.text.split('->');
        return { left: left.trim(), right: right.join('->').trim() };
      }),
    };
  }
  if (list.every((e) => e.marker === '=' && e.weight === null)) {
    // {=a =b}: every answer is accepted (Moodle's short answer).
    return { ...base, type: 'short_text', accepted: list.map((e) => e.text).filter(Boolean) };
  }
  const choices = list.map((e) => ({ text: e.text, correct: e.marker === '=' || (e.weight ?? 0) > 0, feedback: e.feedback }));
  return { ...base, type: 'choice', single: list.every((e) => e.weight === null) && list.filter((e) => e.marker === '=').length === 1, answers: choices };
}

/** Reads a GIFT file (Moodle's text format): each question, or why it cannot be read, with its line. */
export function readGift(source: string, toText: (html: string) => string): ReadResult[] {
  return blocks(source).map((block, index) => readBlock(block, index + 1, toText));
}
