import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS, type AccessRule, CHILDREN, type ChildrenRule } from '../common/auth/public.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/config.js';
import { readSessionCookie } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';

/** Global guard: finds the user from the session cookie, then applies the route's access rule. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS, [context.getHandler(), context.getClass()]);
    // A route that forgot to say who may call it is closed (and the route meta-test fails).
    if (!rule) throw new AppError(403, 'error.forbidden');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (rule.kind === 'developmentOnly' && this.config.nodeEnv === 'production') {
      throw new AppError(404, 'error.routeNotFound', { method: request.method, path: request.url.split('?')[0] });
    }
    const token = readSessionCookie(request);
    if (token) request.user = await this.sessions.resolve(token);
    if (rule.kind === 'public' || rule.kind === 'developmentOnly') return true;
    if (!request.user) throw new AppError(401, 'error.unauthorized');
    if (rule.kind === 'child' || request.user.accountKind === 'child') return this.childMay(context, rule, request.user.accountKind === 'child', request.user.consentRecorded);
    if (request.user.platformRole === 'admin') return true;
    if (rule.kind === 'platformAdmin') throw new AppError(403, 'error.forbidden');
    if (rule.kind === 'organisation') {
      const organisationId = (request.params as Record<string, string>).organisationId;
      const role = await this.sessions.roleIn(request.user.id, organisationId);
      if (!role) throw new AppError(404, 'organisations.notFound');
      if (!rule.roles.includes(role)) throw new AppError(403, 'error.forbidden');
    }
    return true;
  }

  /** Children reach only their own space and the routes opened to them; learning waits for the consent. */
  private childMay(context: ExecutionContext, rule: AccessRule, isChild: boolean, consentRecorded: boolean): boolean {
    if (rule.kind === 'child') {
      if (!isChild) throw new AppError(403, 'children.onlyForChildren');
      return true;
    }
    const open = this.reflector.getAllAndOverride<ChildrenRule | undefined>(CHILDREN, [context.getHandler(), context.getClass()]);
    if (!open || rule.kind !== 'loggedIn') throw new AppError(403, 'children.notForChildren');
    if (open.afterConsent && !consentRecorded) throw new AppError(403, 'children.consentMissing');
    return true;
  }
}
