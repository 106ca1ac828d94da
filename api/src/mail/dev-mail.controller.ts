import { Controller, Get } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DevelopmentOnly } from '../common/auth/public.decorator.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import { CaughtMessageDto } from './dto/caught-message.dto.js';
import { MailService } from './mail.service.js';

@ApiTags('development')
@Controller('dev/mail')
export class DevMailController {
  constructor(private readonly mail: MailService) {}

  @DevelopmentOnly()
  @Get()
  @ApiOkResponse({ type: [CaughtMessageDto], description: 'Messages caught by the in-process SMTP server, newest first (empty when SMTP_URL is set).' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'In production: this route does not exist.' })
  list(): CaughtMessageDto[] {
    return this.mail.catcher?.list() ?? [];
  }
}
