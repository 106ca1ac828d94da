/** How many images a Markdown text shows: `markdownToText` drops them, and the import says so. */
export const imagesInMarkdown = (markdown: string) => (markdown.match(/!\[[^\]]*\]\([^)]*\)/g) ?? []).length;

/**
 * Markdown (a Moodle or GIFT text format) as the plain text learners are shown: emphasis, heading and quote markers
 * dropped, links reduced to their text, images dropped, list items as "- ", paragraphs kept.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}#{1,6}[ \t]+/gm, '')
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/^([ \t]*)[*+][ \t]+/gm, '$1- ')
    .replace(/\*\*(?=[^\s*])(.+?[^\s*])\*\*/g, '$1')
    .replace(/__(?=[^\s_])(.+?[^\s_])__/g, '$1')
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
