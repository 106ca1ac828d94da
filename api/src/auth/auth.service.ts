import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { normalizeEmail, UsersService } from '../users/users.service.js';
import type { ChangePasswordDto } from './dto/change-password.dto.js';
import type { LoginDto } from './dto/login.dto.js';
import type { SignupDto } from './dto/signup.dto.js';
import { newDeviceToken, trustedDevice } from './device-cookie.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { SessionsService } from './sessions.service.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** Creates the account and logs it in; returns the session token. */
  async signup(dto: SignupDto): Promise<{ userId: string; token: string }> {
    const user = await this.users.create({
      email: dto.email,
      displayName: dto.displayName,
      passwordHash: await hashPassword(dto.password),
      preferredLanguage: dto.preferredLanguage,
    });
    if (!user) throw new AppError(409, 'auth.emailTaken');
    return { userId: user.id, token: await this.sessions.open(user.id) };
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
