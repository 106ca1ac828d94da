import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/errors/error-response.js';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Clef API')
    .setDescription(
      'Bilingual (French/English) competency training on children\'s rights. ' +
        'Every error has the shape of ErrorResponseDto; messages follow `?lang=` or Accept-Language.',
    )
    .setVersion('0.1.0')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponseDto] });
}

/** Swagger UI at /api/docs and the document at /api/docs-json, generated from the code. */
export function setUpOpenApi(app: INestApplication) {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Clef API',
  });
}
