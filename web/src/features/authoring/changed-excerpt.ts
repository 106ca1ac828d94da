const CONTEXT_WORDS = 6;
const MAX_WORDS = 60;

const words = (text: string) => text.split(/(\s+)/).filter((part) => part !== '');

/**
 * The part of two versions of a text that differs, with a few words of context either side and "…" where text was
 * left out: a one-word change in a long lesson body shows as that sentence, not as two whole bodies to compare.
 */
export function changedExcerpt(before: string, after: string): { before: string; after: string } {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  // Parts alternate words and spaces: context counts twice as many parts as words.
  const from = Math.max(0, start - CONTEXT_WORDS * 2);
  const cut = (parts: string[]) => {
    const to = Math.min(parts.length, parts.length - end + CONTEXT_WORDS * 2);
    let middle = parts.slice(from, to);
    if (middle.length > MAX_WORDS * 2) middle = [...middle.slice(0, MAX_WORDS * 2), '…'];
    return `${from > 0 ? '…' : ''}${middle.join('').trim()}${to < parts.length ? '…' : ''}`;
  };
  return { before: cut(a), after: cut(b) };
}
