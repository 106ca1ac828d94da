import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn, OpenToChildren, PlatformAdmin, Public } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { CertificatesService } from './certificates.service.js';
import {
  CertificateVerificationDto,
  CredentialCheckDto,
  CredentialCheckRequestDto,
  MyCertificateListDto,
  RevokeCertificateDto,
} from './dto/certificate.dto.js';
import { asAttachment } from '../common/http/attachment.js';

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @LoggedIn()
  @OpenToChildren()
  @Get('me/certificates')
  @ApiOkResponse({ type: MyCertificateListDto })
  async mine(@AuthUser() user: CurrentUser, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<MyCertificateListDto> {
    return { items: await this.certificates.mine(user.id, language) };
  }

  @Public()
  @Get('certificates/verify/:code')
  @ApiOkResponse({ type: CertificateVerificationDto, description: 'Public verification by code: holder, achievement, status, signature.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  verify(
    @Param('code') code: string,
    @AuthUser() user: CurrentUser | undefined,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CertificateVerificationDto> {
    return this.certificates.verify(code, language, user?.platformRole === 'admin');
  }

  @Public()
  @Post('certificates/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: CredentialCheckDto, description: 'Checks a downloaded credential file: signature, revocation, expiry, issuer.' })
  check(@Body() dto: CredentialCheckRequestDto): Promise<CredentialCheckDto> {
    return this.certificates.checkCredential(dto.credential);
  }

  @LoggedIn()
  @OpenToChildren()
  @Get('certificates/:code/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The certificate as an A4 PDF in the asked language (holder or platform admin).' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async pdf(
    @AuthUser() user: CurrentUser,
    @Param('code') code: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { pdf, fileName } = await this.certificates.pdf(user, code, language);
    asAttachment(reply, 'application/pdf', fileName);
    return pdf;
  }

  @LoggedIn()
  @OpenToChildren()
  @Get('certificates/:code/credential')
  @ApiOkResponse({ description: 'The signed Open Badges 3.0 credential (holder or platform admin).' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async credential(@AuthUser() user: CurrentUser, @Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { credential, fileName } = await this.certificates.credential(user, code);
    asAttachment(reply, 'application/ld+json', fileName);
    return credential;
  }

  @PlatformAdmin()
  @Post('certificates/:code/revoke')
  @HttpCode(204)
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Already revoked.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async revoke(@Param('code') code: string, @Body() dto: RevokeCertificateDto): Promise<void> {
    await this.certificates.revoke(code, dto.reason);
  }
}
