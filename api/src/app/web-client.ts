import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RenderedPage } from './lesson-page.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../common/errors/app-error.js';
import { toErrorResponse } from '../common/errors/all-exceptions.filter.js';
import { resolveLanguage } from '../common/i18n/language.js';

/** Client routes whose first HTML the server fills in (a published lesson); undefined leaves the plain index.html. */
export type PageRendererFactory = (webDist: string) => (request: FastifyRequest, path: string) => Promise<RenderedPage | undefined>;

/** Vite names every file under assets/ by a hash of its content: a new build is a new name, so they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Source maps and the build's own notes (.vite/manifest.json) stay on the server. */
const isPublicFile = (path: string) => !path.endsWith('.map') && !path.split('/').some((part) => part.startsWith('.'));

/**
 * The built web client: files with their precompressed `.br`/`.gz` twins (written by the build), hashed assets cached
 * for a year, everything else revalidated. Client-side routes get the app; /api paths and missing files get the JSON 404.
 */
export function serveWebClient(fastify: FastifyInstance, webDist: string, apiPrefix: string, pageRenderer: PageRendererFactory) {
  const indexHtml = join(webDist, 'index.html');
  if (!existsSync(indexHtml)) return;
  const renderPage = pageRenderer(webDist);
  void fastify.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    allowedPath: isPublicFile,
    setHeaders: (reply: FastifyReply, path: string) => {
      reply.header('cache-control', path.startsWith(join(webDist, 'assets')) ? IMMUTABLE : 'no-cache');
    },
  });
  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (path === `/${apiPrefix}` || path.startsWith(`/${apiPrefix}/`) || /\.[a-z0-9]+$/i.test(path)) {
      const language = resolveLanguage(undefined, request.headers['accept-language']);
      const error = new AppError(404, 'error.routeNotFound', { method: request.method, path });
      return reply.status(404).send(toErrorResponse(error, language));
    }
    const page = await renderPage(request, path);
    if (page === undefined) return reply.sendFile('index.html');
    reply.header('content-type', 'text/html; charset=utf-8').header('vary', 'Accept-Language, Cookie');
    // One person's page is kept nowhere; a published lesson may be kept by the web client's service worker
    // (see web/pwa.config.ts), which keeps only pages marked so.
    if (page.personal) return reply.header('cache-control', 'private, no-store').send(page.html);
    return reply.header('cache-control', 'no-cache').header('clef-page', 'published-lesson').send(page.html);
  });
}
