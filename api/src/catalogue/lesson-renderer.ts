import MarkdownIt from 'markdown-it';
import { IMAGE_REF, servedImageUrl } from '../content/image-ref.js';

// html: false escapes any raw HTML in lessons; markdown-it also refuses javascript:/vbscript:/data: links.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (/^https?:\/\//i.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, index, options, env, self);
};

// An uploaded image is written `images/<sha256>.webp` in Markdown (as in a module zip) and served by Clef; the
// Content-Security-Policy (img-src 'self' data:) leaves other images out, which publishing refuses anyway.
const defaultImage = markdown.renderer.rules.image ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const uploaded = IMAGE_REF.exec(String(token.attrGet('src') ?? ''));
  if (uploaded) token.attrSet('src', servedImageUrl(uploaded[1]));
  token.attrSet('loading', 'lazy');
  return defaultImage(tokens, index, options, env, self);
};

const MAX_CACHED = 2_000;
const cache = new Map<string, string>();

/** Safe HTML for a lesson body; a published lesson never changes, so its rendering is cached by id. */
export function renderLesson(cacheKey: string, body: string): string {
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const html = markdown.render(body);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, html);
  return html;
}

/** The same rendering, uncached: the authoring preview of a lesson being written. */
export const renderMarkdown = (body: string): string => markdown.render(body);
