import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser, type CurrentUser } from '../../common/auth/current-user.js';
import { LoggedIn, Public } from '../../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../../common/dto/language-query.dto.js';
import { AppError } from '../../common/errors/app-error.js';
import { IMAGE_REF } from '../../content/image-ref.js';
import { ErrorResponseDto } from '../../common/errors/error-response.js';
import { AuthoringGuard } from '../authoring-access.js';
import { LessonImageDto } from './lesson-image.dto.js';
import { LessonImagesService } from './lesson-images.service.js';

/** Adding an image to a module's lessons: whoever may edit the module's draft (AuthoringAccess), as for every authoring route. */
@ApiTags('authoring')
@ApiForbiddenResponse({ type: ErrorResponseDto, description: 'Not a trainer, organisation admin or platform admin' })
@LoggedIn()
@UseGuards(AuthoringGuard)
@Controller('authoring')
export class LessonImagesController {
  constructor(private readonly images: LessonImagesService) {}

  @Post('modules/:slug/images')
  @ApiConsumes('image/jpeg', 'image/png', 'image/webp')
  @ApiBody({ description: 'A JPEG, PNG or WebP image of at most 5 MB', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: LessonImageDto, description: 'Resized to 1024 px wide at most, re-encoded as WebP without metadata, kept with the module' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such module, or another organisation’s' })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorResponseDto, description: 'Not a JPEG, PNG or WebP image (SVG is refused)' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'More than 5 MB' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'The image cannot be decoded' })
  upload(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Body() body: unknown, @Query() _q: LanguageQueryDto): Promise<LessonImageDto> {
    return this.images.upload(user, slug, Buffer.isBuffer(body) ? body : Buffer.alloc(0));
  }
}

/** Lesson images for anyone who reads the lesson: named by the hash of their bytes, so cached for a year as immutable. */
@ApiTags('catalogue')
@Public()
@Controller('images')
export class ServedImagesController {
  constructor(private readonly images: LessonImagesService) {}

  @Get(':file')
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: 'The image (`Cache-Control: public, max-age=31536000, immutable`)' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async image(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const hash = IMAGE_REF.exec(`images/${file}`)?.[1];
    const image = hash ? await this.images.served(hash) : undefined;
    if (!image) throw new AppError(404, 'authoring.imageNotFound');
    reply.header('Content-Type', image.contentType).header('Cache-Control', 'public, max-age=31536000, immutable');
    return image.data;
  }
}
