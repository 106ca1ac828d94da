import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '../config/config.js';
import { AppModule } from './app.module.js';
import { buildOpenApiDocument } from './openapi.js';
import { sortKeys } from '../common/text/stable-hash.js';

/**
 * The OpenAPI document as the running app serves it, built without a database (preview mode
 * instantiates no provider), with keys sorted so that the committed copy diffs cleanly.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }).withDatabaseUrl('postgres://unused@127.0.0.1:1/unused');
  const app = await NestFactory.create(AppModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix('api', { exclude: ['.well-known/did.json'] });
  const document = buildOpenApiDocument(app);
  await app.close();
  return sortKeys(document) as OpenAPIObject;
}
