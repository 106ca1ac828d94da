/**
 * How a lesson names an image uploaded to Clef: `images/<sha256>.webp`, in its Markdown (`![alt](images/….webp)`)
 * and as the file's path in a module zip. Clef serves it at servedImageUrl.
 */
export const IMAGE_REF = /^images\/([0-9a-f]{64})\.webp$/;
export const imageRef = (hash: string) => `images/${hash}.webp`;
export const servedImageUrl = (hash: string) => `/api/images/${hash}.webp`;

/** A Markdown image, `![alt](src "title")`. */
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^\s)>]*)>?(?:\s+["'][^"']*["'])?\s*\)/g;

/** The images a lesson's Markdown shows, in order: their text alternative and where they come from. */
export const markdownImages = (body: string) => [...body.matchAll(MARKDOWN_IMAGE)].map(([, alt, src]) => ({ alt, src }));
