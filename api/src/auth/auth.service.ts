import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { normalizeEmail, UsersService } from '../users/users.service.js';
import type { ChangePasswordDto } from './dto/change-password.dto.js';
import type { LoginDto } from './dto/login.dto.js';
import type { SignupDto } from './dto/signup.dto.js';
import { newDeviceToken, trustedDevice } from './device-cookie.js';
import { EmailVerificationService } from './email-verification.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { PasswordResetService } from './password-reset.service.js';
import { SessionsService } from './sessions.service.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly verification: EmailVerificationService,
    private readonly resets: PasswordResetService,
  ) {}

  /**
   * Creates an unconfirmed account and mails a confirmation link; for an address that has an account, mails its
   * owner instead. Nobody is logged in, and the caller answers the same either way: sign-up tells no one who has an account.
   */
  async signup(dto: SignupDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    const user = await this.users.create({ email: dto.email, displayName: dto.displayName, passwordHash, preferredLanguage: dto.preferredLanguage });
    if (user) return this.verification.send({ ...user, email: user.email! });
    const owner = await this.users.findByEmail(dto.email);
    if (owner) await this.resets.offerToOwner(owner, dto.preferredLanguage);
  }

  /** The same answer, after the same work, whether the e-mail is unknown or the password wrong. */
  async login(dto: LoginDto, request: FastifyRequest): Promise<{ userId: string; token: string; deviceToken: string }> {
    const email = normalizeEmail(dto.email);
    const user = await this.users.findByEmail(email);
    const device = user ? trustedDevice(request, user.id, user.passwordHash) : undefined;
    await this.throttle.take(email, request.ip, device);
    const valid = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !user.passwordHash || !valid || user.disabledAt) throw new AppError(401, 'auth.invalidCredentials');
    await this.throttle.giveBack(email, request.ip, device);
    return { userId: user.id, token: await this.sessions.open(user.id), deviceToken: newDeviceToken(user.id, user.passwordHash) };
  }

  /** Changes the password and ends every other session of the account. */
  async changePassword(current: CurrentUser, dto: ChangePasswordDto): Promise<void> {
    const user = await this.users.findById(current.id);
    if (!(await verifyPassword(user?.passwordHash, dto.currentPassword))) throw new AppError(400, 'auth.wrongCurrentPassword');
    await this.users.update(current.id, { passwordHash: await hashPassword(dto.newPassword) });
    await this.sessions.closeOthers(current.id, current.sessionTokenHash);
  }
}
