import 'reflect-metadata';
import helmet from '@fastify/helmet';
import compress from '@fastify/compress';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/config.js';
import { answerFrameworkError } from '../common/errors/framework-errors.js';
import { registerOriginCheck } from '../common/security/origin-check.js';
import { registerSafeInput } from '../common/validation/safe-input.js';
import { AppModule } from './app.module.js';
import { setUpOpenApi } from './openapi.js';
import { lessonPageRenderer } from './lesson-page.js';
import { serveWebClient } from './web-client.js';

const API_PREFIX = 'api';
const JSON_BODY_LIMIT = 256 * 1024;

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
    bodyLimit: JSON_BODY_LIMIT,
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.extraModules), adapter, {
    abortOnError: false,
    logger: config.logLevel === 'silent' ? false : ['error', 'warn', 'log'],
    bufferLogs: false,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['.well-known/did.json'] });
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });

  // HSTS over plain HTTP means nothing, and on localhost it would pin other local apps to HTTPS.
  const servedOverHttps = config.publicUrl.startsWith('https:') || config.nodeEnv === 'production';
  await app.register(helmet, {
    contentSecurityPolicy: {
      // Plain-HTTP deployments (localhost, intranets) would break with this directive.
      directives: { upgradeInsecureRequests: null },
    },
    strictTransportSecurity: servedOverHttps ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  // Text answers over 1 KB are compressed when the client accepts it (built files are precompressed; see web-client.ts).
  // Request bodies are never inflated: upload limits count the bytes that arrive.
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024, globalDecompression: false });
  registerOriginCheck(app.getHttpAdapter().getInstance(), [new URL(config.publicUrl).origin, ...config.corsOrigins]);
  registerSafeInput(app, JSON_BODY_LIMIT);
  // Spreadsheets arrive as raw bytes: their encoding is decided later (UTF-8, else Windows-1252).
  app.getHttpAdapter().getInstance().addContentTypeParser(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_request, body, done) => done(null, body));
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
  serveWebClient(app.getHttpAdapter().getInstance(), config.webDist, API_PREFIX, (webDist) => lessonPageRenderer(app, webDist));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
