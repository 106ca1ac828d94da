import { AppError } from '../../common/errors/app-error.js';
import { MAX_POOL } from '../../content/content.schema.js';
import type { ImportFormat } from './question-import.js';

/** How deep a Moodle XML file may nest elements; Moodle's own exports nest six levels (quiz/question/answer/feedback/text). */
export const MAX_XML_DEPTH = 32;

/** GIFT questions are blocks of lines between blank lines; `//` comments and `$CATEGORY:` lines do not count. */
function countGiftQuestions(source: string, stopAbove: number): number {
  let count = 0;
  let inBlock = false;
  for (let start = 0; start <= source.length && count <= stopAbove; ) {
    const end = source.indexOf('\n', start);
    const line = source.slice(start, end < 0 ? source.length : end).trim();
    if (line === '') inBlock = false;
    else if (!line.startsWith('//') && !/^\$CATEGORY:/i.test(line) && !inBlock) {
      inBlock = true;
      count += 1;
    }
    if (end < 0) break;
    start = end + 1;
  }
  return count;
}

/** Every `<question` tag but Moodle's category markers (`<question type="category">`), which are no questions. */
function countXmlQuestions(source: string, stopAbove: number): number {
  let count = 0;
  // [^<>]: a tag left open stops at the next one, so that no match reads the rest of the file again.
  const tags = /<question\b([^<>]*)>/g;
  for (let match = tags.exec(source); match && count <= stopAbove; match = tags.exec(source)) {
    if (!/\btype\s*=\s*["']category["']/.test(match[1])) count += 1;
  }
  return count;
}

/**
 * A cheap look at the file before it is parsed: a file with more questions than a pool may hold is refused at once,
 * whatever they are, so that nobody parses (nor answers with) 165,000 questions.
 */
export function refuseTooManyQuestions(format: ImportFormat, source: string): void {
  const count = format === 'gift' ? countGiftQuestions(source, MAX_POOL) : countXmlQuestions(source, MAX_POOL);
  if (count > MAX_POOL) throw new AppError(413, 'authoring.importTooManyQuestions', { limit: MAX_POOL });
}

/**
 * The deepest element nesting of an XML text, stopping as soon as it passes `limit`: a linear scan that skips
 * comments, CDATA sections, processing instructions and quoted attribute values, so that no parser recurses into a
 * file nested 100,000 levels deep.
 */
export function xmlDepthExceeds(source: string, limit: number): boolean {
  let depth = 0;
  let at = source.indexOf('<');
  const skipTo = (from: number, end: string) => {
    const found = source.indexOf(end, from);
    return found < 0 ? source.length : found + end.length;
  };
  while (at >= 0 && at < source.length) {
    if (source.startsWith('<!--', at)) at = skipTo(at + 4, '-->');
    else if (source.startsWith('<![CDATA[', at)) at = skipTo(at + 9, ']]>');
    else if (source.startsWith('<?', at) || source.startsWith('<!', at)) at = skipTo(at + 2, '>');
    else if (source.startsWith('</', at)) {
      depth -= 1;
      at = skipTo(at + 2, '>');
    } else {
      let end = at + 1;
      while (end < source.length && source[end] !== '>') {
        const quote = source[end];
        end = quote === '"' || quote === "'" ? skipTo(end + 1, quote) : end + 1;
      }
      if (source[end - 1] !== '/' && ++depth > limit) return true;
      at = end + 1;
    }
    at = source.indexOf('<', at);
  }
  return false;
}
