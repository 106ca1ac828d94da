import { vi } from 'vitest';
import type { Schemas } from '../../../api/client';
import { xhrAnsweredBy } from './fake-xhr';

type User = Schemas['MeDto'];
type Lang = 'fr' | 'en';
type Body = Record<string, unknown>;

export interface FakeCall {
  method: string;
  path: string;
  lang: string | null;
  query: Record<string, string>;
  body: Body | undefined;
}

export interface FakeReply {
  status: number;
  body?: unknown;
}

/** Messages in the shape and languages the API gives them (docs/api.md). */
const MESSAGES = {
  invalidFields: { en: 'Some fields are not valid.', fr: 'Certains champs ne sont pas valides.' },
  invalidCredentials: { en: 'The e-mail address or the password is not correct.', fr: "L'adresse e-mail ou le mot de passe n'est pas correct." },
  wrongCurrentPassword: { en: 'Your current password is not correct.', fr: "Votre mot de passe actuel n'est pas correct." },
  loginRequired: { en: 'Log in first.', fr: "Connectez-vous d'abord." },
  notFound: { en: 'Not found.', fr: 'Introuvable.' },
  displayName: { en: '"displayName" must not be empty.', fr: '« displayName » est obligatoire.' },
  email: { en: '"email" must be an e-mail address.', fr: '« email » doit être une adresse e-mail.' },
  password: { en: '"password" is too short.', fr: '« password » est trop court.' },
  newPassword: { en: '"newPassword" is too short.', fr: '« newPassword » est trop court.' },
  linkInvalid: { en: 'This link is not valid: it was already used, or it has expired. Ask for a new one.', fr: 'Ce lien n’est pas valide\u00a0: il a déjà servi, ou il a expiré. Demandez-en un nouveau.' },
  verifyWrongPassword: { en: 'This password is not the one of the account this link confirms.', fr: 'Ce mot de passe n’est pas celui du compte que ce lien confirme.' },
  checkEmail: { en: 'Check your e-mail.', fr: 'Consultez votre messagerie.' },
} as const;

/** The one live token of a mailed link in the fake (confirmation or reset), until it is used. */
export const LINK_TOKEN = 'a-live-token-from-the-mail-0123456789';

export const ACCOUNT = {
  email: 'amina@example.org',
  password: 'correct horse battery',
  user: { id: 'user-1', email: 'amina@example.org', displayName: 'Amina Diallo', preferredLanguage: 'fr', platformRole: null, memberships: [], accountKind: 'adult', consentRecorded: true, emailVerified: true } as User,
};

const error = (lang: Lang, status: number, key: keyof typeof MESSAGES, details?: { field: keyof typeof MESSAGES; rule: string }[]): FakeReply => ({
  status,
  body: {
    statusCode: status,
    error: status === 400 ? 'Bad Request' : 'Error',
    message: MESSAGES[key][lang],
    ...(details && { details: details.map(({ field, rule }) => ({ field, rule, message: MESSAGES[field][lang] })) }),
  },
});

/**
 * A stand-in for the account routes of the API, answering through `globalThis.fetch`, so the pages
 * can be tested in jsdom. It keeps one account and whether this browser is logged in.
 */
export class FakeApi {
  sessionUser: User | null = null;
  password = ACCOUNT.password;
  calls: FakeCall[] = [];
  linkUsed = false;
  /** What GET /api/dev/mail answers (null: 404, as in production). */
  caughtMail: Schemas['CaughtMessageDto'][] | null = [];
  /** When set, every request fails as if the server could not be reached. */
  offline = false;
  /** When set, GET /api/auth/session never answers. */
  sessionHangs = false;
  private overrides = new Map<string, (body: Body | undefined) => FakeReply>();

  reset() {
    this.sessionUser = null;
    this.password = ACCOUNT.password;
    this.calls = [];
    this.linkUsed = false;
    this.caughtMail = [];
    this.offline = false;
    this.sessionHangs = false;
    this.overrides.clear();
  }

  logIn(user: Partial<User> = {}) {
    this.sessionUser = { ...ACCOUNT.user, ...user };
  }

  /** Replaces the answer of one route, such as 'POST /api/auth/login'. */
  answer(route: string, reply: (body: Body | undefined) => FakeReply) {
    this.overrides.set(route, reply);
  }

  callsTo(route: string) {
    return this.calls.filter((call) => `${call.method} ${call.path}` === route);
  }

  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call: FakeCall = { method: request.method, path: url.pathname, lang: url.searchParams.get('lang'), query: Object.fromEntries(url.searchParams), body: text ? parseBody(text) : undefined };
    this.calls.push(call);
    if (this.offline) throw new TypeError('fetch failed');
    if (this.sessionHangs && url.pathname === '/api/auth/session') return new Promise<Response>(() => undefined);
    const route = `${call.method} ${call.path}`;
    const reply = this.overrides.get(route)?.(call.body) ?? this.route(route, call.body ?? {}, call.lang === 'fr' ? 'fr' : 'en');
    return new Response(reply.status === 204 ? null : JSON.stringify(reply.body), { status: reply.status, headers: { 'Content-Type': 'application/json' } });
  };

  private route(route: string, body: Body, lang: Lang): FakeReply {
    switch (route) {
      case 'GET /api/auth/session':
        return { status: 200, body: { user: this.sessionUser } };
      case 'POST /api/auth/signup': {
        const invalid = [
          ...(String(body.displayName ?? '').trim() === '' ? [{ field: 'displayName' as const, rule: 'minLength' }] : []),
          ...(!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.email ?? '')) ? [{ field: 'email' as const, rule: 'isEmail' }] : []),
          ...(String(body.password ?? '').length < 8 ? [{ field: 'password' as const, rule: 'minLength' }] : []),
        ];
        if (invalid.length > 0) return error(lang, 400, 'invalidFields', invalid);
        return { status: 202, body: { message: MESSAGES.checkEmail[lang] } };
      }
      case 'POST /api/auth/password/forgot':
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.email ?? ''))) return error(lang, 400, 'invalidFields', [{ field: 'email', rule: 'isEmail' }]);
        return { status: 202, body: { message: MESSAGES.checkEmail[lang] } };
      case 'POST /api/auth/email/verify':
      case 'POST /api/auth/password/reset': {
        const resetting = route.endsWith('/reset');
        if (body.token !== LINK_TOKEN || this.linkUsed) return error(lang, 400, 'linkInvalid');
        if (resetting && String(body.password ?? '').length < 8) return error(lang, 400, 'invalidFields', [{ field: 'password', rule: 'minLength' }]);
        if (!resetting && body.password !== this.password) return error(lang, 400, 'verifyWrongPassword');
        if (resetting) this.password = String(body.password);
        this.linkUsed = true;
        this.sessionUser = { ...ACCOUNT.user, emailVerified: true };
        return { status: 200, body: this.sessionUser };
      }
      case 'POST /api/auth/email/verification':
        if (!this.sessionUser) return error(lang, 401, 'loginRequired');
        return { status: 202, body: { message: MESSAGES.checkEmail[lang] } };
      case 'GET /api/dev/mail':
        return this.caughtMail ? { status: 200, body: this.caughtMail } : error(lang, 404, 'notFound');
      case 'POST /api/auth/login':
        if (body.email !== ACCOUNT.email || body.password !== this.password) return error(lang, 401, 'invalidCredentials');
        this.sessionUser = { ...ACCOUNT.user };
        return { status: 200, body: this.sessionUser };
      case 'POST /api/auth/logout':
        if (!this.sessionUser) return error(lang, 401, 'loginRequired');
        this.sessionUser = null;
        return { status: 204 };
      case 'PATCH /api/me':
        if (!this.sessionUser) return error(lang, 401, 'loginRequired');
        if (body.displayName !== undefined && String(body.displayName).trim() === '') return error(lang, 400, 'invalidFields', [{ field: 'displayName', rule: 'minLength' }]);
        this.sessionUser = { ...this.sessionUser, ...body };
        return { status: 200, body: this.sessionUser };
      case 'PUT /api/me/password':
        if (!this.sessionUser) return error(lang, 401, 'loginRequired');
        if (body.currentPassword !== this.password) return error(lang, 400, 'wrongCurrentPassword');
        if (String(body.newPassword ?? '').length < 8) return error(lang, 400, 'invalidFields', [{ field: 'newPassword', rule: 'minLength' }]);
        this.password = String(body.newPassword);
        return { status: 204 };
      default:
        return error(lang, 404, 'notFound');
    }
  }
}

/** JSON bodies as objects; a raw body (an uploaded question bank) as `{ raw }`. */
function parseBody(text: string): Body {
  try {
    return JSON.parse(text) as Body;
  } catch {
    return { raw: text };
  }
}

/**
 * Puts a fake API behind `globalThis.fetch`, and behind XMLHttpRequest for file uploads. The API client keeps the
 * `fetch` it finds when it is first imported, so test files call this from `vi.hoisted`, before their imports run.
 */
export function installFakeApi() {
  const fake = new FakeApi();
  vi.stubGlobal('fetch', fake.fetch);
  vi.stubGlobal('XMLHttpRequest', xhrAnsweredBy(fake.fetch));
  return fake;
}
