import 'reflect-metadata';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/config.js';
import { AppError } from '../common/errors/app-error.js';
import { toErrorResponse } from '../common/errors/all-exceptions.filter.js';
import { resolveLanguage } from '../common/i18n/language.js';
import { registerOriginCheck } from '../common/security/origin-check.js';
import { AppModule } from './app.module.js';
import { setUpOpenApi } from './openapi.js';

const API_PREFIX = 'api';

/** Client-side routes get the app; /api paths and missing files get the JSON 404. */
function serveWebClient(fastify: FastifyInstance, webDist: string) {
  const indexHtml = join(webDist, 'index.html');
  if (!existsSync(indexHtml)) return;
  void fastify.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`) || /\.[a-z0-9]+$/i.test(path)) {
      const language = resolveLanguage(undefined, request.headers['accept-language']);
      const error = new AppError(404, 'error.routeNotFound', { method: request.method, path });
      return reply.status(404).send(toErrorResponse(error, language));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

export interface CreateAppOptions {
  /** Test fixtures only: modules mounted beside the product's own. */
  extraModules?: Type[];
}

export async function createApp(
  config: AppConfig & { databaseUrl: string },
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    trustProxy: config.trustProxy,
    // Requests are small JSON; spreadsheets have their own limit (text/csv parser below).
    bodyLimit: 256 * 1024,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.extraModules), adapter, {
    abortOnError: false,
    logger: config.logLevel === 'silent' ? false : ['error', 'warn', 'log'],
    bufferLogs: false,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['.well-known/did.json'] });
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });

  await app.register(helmet, {
    contentSecurityPolicy: {
      // Plain-HTTP deployments (localhost, intranets) would break with this directive; TLS proxies add HSTS.
      directives: { upgradeInsecureRequests: null },
    },
  });
  registerOriginCheck(app.getHttpAdapter().getInstance(), config.corsOrigins);
  // Spreadsheets arrive as raw bytes: their encoding is decided later (UTF-8, else Windows-1252).
  app.getHttpAdapter().getInstance().addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  // Question banks (Moodle XML, GIFT: raw bytes, their encoding decided by the import) and module zips for the authoring space.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser(['application/xml', 'text/xml', 'text/plain'], { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  fastify.addContentTypeParser('application/zip', { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  fastify.addContentTypeParser(['image/jpeg', 'image/png', 'image/webp'], { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  // A whole module draft is saved as one JSON body, and a pool of imported questions outgrows the 256 KB of other requests.
  fastify.addHook('onRoute', (route) => {
    if (route.method === 'PUT' && route.url.endsWith('/authoring/modules/:slug/draft')) route.bodyLimit = 4 * 1024 * 1024;
  });
  setUpOpenApi(app);
  serveWebClient(app.getHttpAdapter().getInstance(), config.webDist);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
