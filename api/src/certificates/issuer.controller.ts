import { Controller, Get } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator.js';
import { NotFoundError } from '../common/errors/app-error.js';
import { IssuerService } from './issuer.service.js';

@ApiTags('certificates')
@Controller()
export class IssuerController {
  constructor(private readonly issuer: IssuerService) {}

  @Public()
  @Get('credentials/status/1')
  @ApiOkResponse({ description: 'The signed BitstringStatusListCredential that says which certificates are revoked.' })
  statusList() {
    return this.issuer.statusListCredential();
  }

  /** did:web resolves https://host to https://host/.well-known/did.json (served outside /api). */
  @Public()
  @Get('/.well-known/did.json')
  @ApiExcludeEndpoint()
  async didDocument() {
    const document = await this.issuer.didDocument();
    if (!document) throw new NotFoundError();
    return document;
  }
}
