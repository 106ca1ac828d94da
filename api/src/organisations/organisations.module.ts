import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { UsersModule } from '../users/users.module.js';
import { MemberResetLinkController } from './member-reset-link.controller.js';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsService } from './organisations.service.js';

@Module({ imports: [UsersModule, AuthModule], controllers: [OrganisationsController, MemberResetLinkController], providers: [OrganisationsService], exports: [OrganisationsService] })
export class OrganisationsModule {}
