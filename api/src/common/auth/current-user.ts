import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Language } from '../i18n/language.js';

/** Who is calling, as the auth guard found them from the session cookie. */
export interface CurrentUser {
  id: string;
  email: string | null;
  displayName: string;
  preferredLanguage: Language;
  platformRole: 'admin' | null;
  accountKind: 'adult' | 'child';
  /** For a child: whether the organisation recorded a parent's or guardian's consent (always true for adults). */
  consentRecorded: boolean;
  sessionTokenHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: CurrentUser;
  }
}

/** The logged-in user (routes marked @LoggedIn or stricter always have one). */
export const AuthUser = createParamDecorator((_: unknown, context: ExecutionContext): CurrentUser | undefined => {
  return context.switchToHttp().getRequest<FastifyRequest>().user;
});
