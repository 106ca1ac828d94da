import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { ACCESS, type AccessRule } from '../auth/public.decorator.js';

/**
 * Answers about a person (any route that needs a login, any answer to a logged-in caller, a log-in's profile) must stay out of
 * browser and shared caches. Set before the handler runs, so a route serving the same published content to
 * everyone may still choose its own caching; anonymous answers of public routes are left to those routes.
 */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<FastifyRequest & { user?: unknown }>();
      const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS, [context.getHandler(), context.getClass()]);
      if (rule?.kind !== 'public' || request.user || request.method !== 'GET') context.switchToHttp().getResponse<FastifyReply>().header('cache-control', 'no-store');
    }
    return next.handle();
  }
}
