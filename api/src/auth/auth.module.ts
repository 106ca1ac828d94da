import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { MeController } from './me.controller.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [UsersModule],
  controllers: [AuthController, MeController, InvitationsController],
  providers: [AuthService, SessionsService, LoginThrottleService, InvitationsService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, InvitationsService, SessionsService],
})
export class AuthModule {}
