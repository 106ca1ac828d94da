import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountEmailController } from './account-email.controller.js';
import { AccountTokensService } from './account-tokens.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { EmailVerificationService } from './email-verification.service.js';
import { InvitationMailService } from './invitation-mail.service.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { MailThrottleService } from './mail-throttle.service.js';
import { MeController } from './me.controller.js';
import { PasswordResetService } from './password-reset.service.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [UsersModule, MailModule],
  controllers: [AuthController, MeController, AccountEmailController, InvitationsController],
  providers: [
    AuthService,
    SessionsService,
    LoginThrottleService,
    InvitationsService,
    InvitationMailService,
    AccountTokensService,
    MailThrottleService,
    EmailVerificationService,
    PasswordResetService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, InvitationsService, SessionsService, PasswordResetService],
})
export class AuthModule {}
