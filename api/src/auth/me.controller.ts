import { Body, Controller, HttpCode, Patch, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn, OpenToChildren } from '../common/auth/public.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { MeDto } from './dto/me.dto.js';
import { UpdateProfileDto } from './dto/update-profile.dto.js';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @LoggedIn()
  @OpenToChildren()
  @Patch()
  @ApiOkResponse({ type: MeDto, description: 'A child may change only the display name (40 characters at most) and the language.' })
  async update(@AuthUser() user: CurrentUser, @Body() dto: UpdateProfileDto): Promise<MeDto> {
    if (user.accountKind === 'child') {
      // A child's account keeps a first name or nickname and nothing else about them.
      if ([dto.sector, dto.jobTitle, dto.country, dto.gender].some((value) => value !== undefined)) throw new AppError(400, 'children.profileFieldsNotForChildren');
      if (dto.displayName && dto.displayName.length > 40) throw new AppError(400, 'children.displayNameTooLong');
    }
    await this.users.update(user.id, dto);
    return this.users.profile(user.id);
  }

  @LoggedIn()
  @Put('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; every other session of the account is ended.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  async changePassword(@AuthUser() user: CurrentUser, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(user, dto);
  }
}
