import type { INestApplicationContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCookie, readSessionCookie } from '../auth/session-cookie.js';
import { lessonCacheKey, PublishedContentCache } from '../catalogue/cache/published-content-cache.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { LessonDto } from '../catalogue/dto/module.dto.js';
import type { OrganisationNoteDto } from '../countries/dto/lesson-note.dto.js';
import { type Language, isLanguage, resolveLanguage } from '../common/i18n/language.js';
import { translate } from '../common/i18n/translate.js';
import { SessionsService } from '../auth/sessions.service.js';
import { LearningService } from '../learning/learning.service.js';

const LESSON_PATH = /^\/modules\/([a-z0-9-]{1,100})\/lessons\/([1-9][0-9]{0,3})$/;
const ENROLLED_LESSON_PATH = /^\/learning\/([0-9a-f-]{36})\/lessons\/([1-9][0-9]{0,3})$/;
/** Written by the web client when the reader picks a language, so the server answers in it too. */
export const LANGUAGE_COOKIE = 'clef_lang';
/** Where the web client finds the data the server rendered, to show the same thing on its first render. */
const INITIAL_DATA_ID = 'clef-initial-data';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON inside <script>: nothing in it can close the element or open a comment. */
const escapeJsonForScript = (json: string) =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * index.html with its stylesheets inlined: a lesson's first paint waits for no other request (on a 2-second round trip,
 * a stylesheet fetch is the difference between text at once and text later).
 */
function inlineStylesheets(template: string, webDist: string): string {
  return template.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (_link, href: string) => {
    return `<style>${readFileSync(join(webDist, href), 'utf8')}</style>`;
  });
}

/** The organisation's note under an enrolled lesson, as the web client's OrganisationNote draws it. */
function noteMarkup(note: OrganisationNoteDto | null | undefined, language: Language): string {
  if (!note) return '';
  const title = escapeHtml(translate(language, 'page.organisationNote', { organisation: note.organisationName }));
  return `<aside class="card organisation-note" aria-labelledby="organisation-note-title"><h2 id="organisation-note-title">${title}</h2><div class="lesson__body">${note.html}</div></aside>`;
}

function lessonMarkup(lesson: LessonDto & { organisationNote?: OrganisationNoteDto | null }, language: Language, moduleHref: string): string {
  const module = escapeHtml(moduleHref);
  const position = translate(language, 'page.lessonPosition', { position: lesson.position, total: lesson.lessonCount });
  // The same markup as the web client's Layout and LessonPage, so its first render replaces it without a jump.
  return `<a class="skip-link" href="#main">${escapeHtml(translate(language, 'page.skipToContent'))}</a>
<header class="site-header"><div class="site-header__inner"><a class="brand" href="/"><span class="brand__name">Clef</span><span class="brand__tagline">${escapeHtml(translate(language, 'page.tagline'))}</span></a></div></header>
<main id="main" class="site-main" tabindex="-1"><article class="lesson">
<p class="lesson__context"><a href="${module}">${escapeHtml(lesson.moduleTitle)}</a> · ${escapeHtml(position)}</p>
<h1 tabindex="-1">${escapeHtml(lesson.title)}</h1>
<div class="lesson__body">${lesson.html}</div>
${noteMarkup(lesson.organisationNote, language)}
</article></main>`;
}

/** A page the server filled in: the HTML, and whether it is public (a published lesson) or one person's. */
export interface RenderedPage {
  html: string;
  personal: boolean;
}

/**
 * A published lesson's page with its text already in the HTML, in the reader's language: the heading and body the API
 * renders (Markdown with raw HTML disabled, so safe), the stylesheets inline, and the lesson's JSON for the client to
 * take over without fetching it again; likewise an enrolled adult's lesson (`/learning/:id/lessons/:position`, the
 * version they enrolled on, for their session only). Undefined for any other path, for a public lesson asked by a
 * logged-in visitor (a child's account must not be shown a lesson of another audience), and for children's accounts
 * (their pages look different): the client then asks the API as it always did.
 */
export function lessonPageRenderer(app: INestApplicationContext, webDist: string) {
  const template = inlineStylesheets(readFileSync(join(webDist, 'index.html'), 'utf8'), webDist);
  const fill = (language: Language, title: string, markup: string, data: object) =>
    template
      .replace(/<html lang="[a-z]+">/, `<html lang="${language}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)} — Clef</title>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root">${markup}</div>\n<script type="application/json" id="${INITIAL_DATA_ID}">${escapeJsonForScript(JSON.stringify(data))}</script>`,
      );

  async function publishedLesson(request: FastifyRequest, slug: string, position: number): Promise<RenderedPage | undefined> {
    if (readSessionCookie(request)) return undefined;
    const language = pageLanguage(request);
    const catalogue = app.get(CatalogueService);
    let body;
    try {
      body = await app.get(PublishedContentCache).get(lessonCacheKey(language, undefined, slug, position), () => catalogue.lesson(slug, position, language));
    } catch {
      return undefined; // no such lesson: the client shows its own "not found"
    }
    const lesson = JSON.parse(body.identity.toString()) as LessonDto;
    const html = fill(language, lesson.title, lessonMarkup(lesson, language, `/modules/${lesson.moduleSlug}`), { kind: 'lesson', language, key: slug, position, lesson });
    return { html, personal: false };
  }

  async function enrolledLesson(request: FastifyRequest, enrolmentId: string, position: number): Promise<RenderedPage | undefined> {
    const token = readSessionCookie(request);
    const user = token ? await app.get(SessionsService).resolve(token) : undefined;
    if (!user || user.accountKind === 'child') return undefined;
    const language = pageLanguage(request);
    let lesson;
    try {
      lesson = await app.get(LearningService).lesson(user.id, enrolmentId, position, language);
    } catch {
      return undefined; // not this person's enrolment, or no such lesson: the client answers as usual
    }
    const markup = lessonMarkup(lesson, language, `/learning/${enrolmentId}`);
    return { html: fill(language, lesson.title, markup, { kind: 'enrolled-lesson', language, key: enrolmentId, position, lesson }), personal: true };
  }

  return async (request: FastifyRequest, path: string): Promise<RenderedPage | undefined> => {
    const published = LESSON_PATH.exec(path);
    if (published) return publishedLesson(request, published[1], Number(published[2]));
    const enrolled = ENROLLED_LESSON_PATH.exec(path);
    if (enrolled) return enrolledLesson(request, enrolled[1], Number(enrolled[2]));
    return undefined;
  };
}

/** `?lang=`, then the language the reader chose in the client (cookie), then the browser's. */
function pageLanguage(request: FastifyRequest): Language {
  const query = (request.query ?? {}) as { lang?: unknown };
  const cookie = readCookie(request, LANGUAGE_COOKIE);
  return resolveLanguage(query.lang ?? (isLanguage(cookie) ? cookie : undefined), request.headers['accept-language']);
}
