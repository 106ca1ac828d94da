import { vi } from 'vitest';
import type { Schemas } from '../../../api/client';
import { CHILD_GROUP, DASHBOARD, initialMembers, LEARNER, MODULES, PROGRAMMES, INVITATION_LINK, organisation, ROSTER_RESULT, rosterPreview } from './fixtures';

type User = Schemas['MeDto'];
type Lang = 'fr' | 'en';
type Reply = { status: number; body?: unknown };

export interface OrgCall {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string | null;
  /** Parsed JSON, or the raw text of any other body (the roster's CSV). */
  body: unknown;
}

const LAST_ADMIN = {
  en: 'An organisation needs at least one administrator: appoint another one first.',
  fr: 'Une organisation a besoin d’au moins un administrateur : désignez-en d’abord un autre.',
};

const LAST_CERTIFIED = {
  en: 'Paul Martin cannot stop running CM2 — my rights: no other trainer there holds a valid certificate of the module “Safeguarding children”. Add one first.',
  fr: 'Paul Martin ne peut pas cesser d’encadrer CM2 — my rights\u00a0: aucun autre formateur n’y a de certificat valide du module «\u00a0Protéger les enfants\u00a0». Ajoutez-en d’abord un.',
};
export const RESET_LINK = 'http://localhost:3000/reset-password/a-reset-token-for-lea-0123456789';
const RESET_REFUSED = {
  en: 'A reset link can be made only for a trainee or trainer whose e-mail address is not confirmed.',
  fr: 'Un lien de réinitialisation ne peut être créé que pour une personne dont l’adresse n’est pas confirmée.',
};

const page = <T>(items: T[], query: URLSearchParams) => {
  const number = Number(query.get('page') ?? 1);
  const size = Number(query.get('pageSize') ?? 20);
  return { items: items.slice((number - 1) * size, number * size), page: number, pageSize: size, total: items.length };
};

/** A stand-in for the session, organisation, cohort and report routes of the API, behind `globalThis.fetch`. */
export class OrgFakeApi {
  sessionUser: User | null = null;
  calls: OrgCall[] = [];
  members = initialMembers();
  invitations: Schemas['OrganisationInvitationDto'][] = [];
  cohorts: Schemas['CohortDto'][] = [];
  children: Schemas['ChildSummaryDto'][] = [];
  classCode: Schemas['ClassCodeDto'] | null = null;
  feedbackSummary: Schemas['ModuleFeedbackSummaryDto'][] = [];
  pendingFeedback: Schemas['FeedbackItemDto'][] = [];
  lessonNotes: Schemas['LessonNoteDto'][] = [];
  private holds = new Map<string, Promise<void>>();

  reset() {
    this.sessionUser = null;
    this.calls = [];
    this.members = initialMembers();
    this.invitations = [];
    this.cohorts = [];
    this.children = [];
    this.classCode = null;
    this.feedbackSummary = [];
    this.pendingFeedback = [];
    this.lessonNotes = [];
    this.holds.clear();
  }

  logIn(user: User) {
    this.sessionUser = user;
  }

  /** Keeps a route from answering until the returned function is called. */
  hold(route: string): () => void {
    let release = () => undefined as void;
    this.holds.set(route, new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  }

  callsTo(route: string) {
    return this.calls.filter((call) => `${call.method} ${call.path}` === route);
  }

  private saveLessonNote(dto: Schemas['SaveLessonNoteDto'], lang: Lang): Reply {
    if (!dto.bodyFr.trim() && !dto.bodyEn.trim()) return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: EMPTY_NOTE[lang] } };
    const module = MODULES.find((candidate) => candidate.slug === dto.moduleSlug)!;
    const note = { moduleSlug: dto.moduleSlug, moduleTitle: module.title, lessonPosition: dto.position, lessonTitle: `Lesson title ${dto.position}`, bodyFr: dto.bodyFr, bodyEn: dto.bodyEn, updatedAt: '2026-04-01T10:00:00.000Z' };
    this.lessonNotes = [...this.lessonNotes.filter((n) => n.moduleSlug !== note.moduleSlug || n.lessonPosition !== note.lessonPosition), note];
    return { status: 200, body: note };
  }

  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const contentType = request.headers.get('content-type');
    const text = request.method === 'GET' ? '' : await request.text();
    const body = text && contentType?.includes('json') ? JSON.parse(text) : text || undefined;
    const call: OrgCall = { method: request.method, path: url.pathname, query: url.searchParams, contentType, body };
    this.calls.push(call);
    const route = `${call.method} ${call.path}`;
    await this.holds.get(route);
    const reply = this.route(call, url.searchParams.get('lang') === 'fr' ? 'fr' : 'en');
    return new Response(reply.status === 204 ? null : JSON.stringify(reply.body), { status: reply.status, headers: { 'Content-Type': 'application/json' } });
  };

  private route(call: OrgCall, lang: Lang): Reply {
    const body = (call.body ?? {}) as Record<string, unknown>;
    const route = `${call.method} ${call.path.replace(/^\/api\/organisations\/[^/]+/, '/api/organisations/:o').replace(/\/(members|cohorts|trainers|invitations)\/[^/]+/g, '/$1/:id').replace(/\/(children|feedback)\/(?!summary)[^/]+/, '/$1/:id')}`;
    const id = /\/(?:members|cohorts|invitations)\/([^/]+)$/.exec(call.path)?.[1];
    const childId = /\/children\/([^/]+)/.exec(call.path)?.[1];
    const child = this.children.find((candidate) => candidate.userId === childId);
    switch (route) {
      case 'GET /api/auth/session':
        return { status: 200, body: { user: this.sessionUser } };
      case 'GET /api/modules':
        return { status: 200, body: page(MODULES, call.query) };
      case 'GET /api/programmes':
        return { status: 200, body: { items: PROGRAMMES } };
      case 'GET /api/organisations': {
        const role = this.sessionUser?.memberships[0]?.role ?? null;
        return { status: 200, body: page([organisation(role)], call.query) };
      }
      case 'POST /api/organisations':
        return { status: 201, body: { id: 'org-2', memberCount: 0, myRole: null, country: null, ...body } };
      case 'GET /api/organisations/:o':
        return { status: 200, body: organisation(this.sessionUser?.memberships[0]?.role ?? null) };
      case 'GET /api/organisations/:o/members': {
        const role = call.query.get('role');
        const words = call.query.get('q')?.toLowerCase();
        const found = this.members.filter(
          (member) => (!role || member.role === role) && (!words || `${member.displayName} ${member.email}`.toLowerCase().includes(words)),
        );
        return { status: 200, body: page(found, call.query) };
      }
      case 'POST /api/organisations/:o/members': {
        // As the API: the same answer whether or not the address has an account.
        const invitation = {
          id: `inv-${this.invitations.length + 1}`,
          email: String(body.email),
          role: body.role as Schemas['MemberDto']['role'],
          cohortName: null,
          status: 'invited' as const,
          invitedAt: '2026-04-01T09:00:00Z',
          expiresAt: '2026-05-01T09:00:00Z',
        };
        this.invitations.push(invitation);
        return { status: 201, body: { invitation, link: INVITATION_LINK } };
      }
      case 'GET /api/organisations/:o/invitations':
        return { status: 200, body: page(this.invitations, call.query) };
      case 'DELETE /api/organisations/:o/invitations/:id':
        this.invitations = this.invitations.filter((invitation) => invitation.id !== id);
        return { status: 204 };
      case 'PATCH /api/organisations/:o/members/:id':
      case 'DELETE /api/organisations/:o/members/:id': {
        const member = this.members.find((candidate) => candidate.userId === id)!;
        const admins = this.members.filter((candidate) => candidate.role === 'org_admin');
        if (member.role === 'org_admin' && admins.length === 1 && body.role !== 'org_admin') {
          return { status: 409, body: { statusCode: 409, error: 'Conflict', message: LAST_ADMIN[lang] } };
        }
        if (call.method === 'DELETE') {
          this.members = this.members.filter((candidate) => candidate !== member);
          return { status: 204 };
        }
        member.role = body.role as Schemas['MemberDto']['role'];
        return { status: 200, body: member };
      }
      case 'POST /api/organisations/:o/members/:id/reset-link': {
        // Paul's address is confirmed in this fake: the API refuses, as it does for anyone who can reset by e-mail.
        if (call.path.includes('/members/u-trainer/')) return { status: 403, body: { statusCode: 403, error: 'Forbidden', message: RESET_REFUSED[lang] } };
        return { status: 200, body: { link: RESET_LINK, expiresAt: '2026-04-08T09:00:00Z' } };
      }
      case 'GET /api/organisations/:o/cohorts':
        return { status: 200, body: page(this.cohorts, call.query) };
      case 'POST /api/organisations/:o/cohorts': {
        const programme = PROGRAMMES.find((candidate) => candidate.slug === body.programmeSlug);
        const modules = programme
          ? programme.modules.map(({ slug, title }) => ({ slug, title }))
          : (body.moduleSlugs as string[]).map((slug) => ({ slug, title: MODULES.find((module) => module.slug === slug)!.title }));
        const cohort = {
          id: `cohort-${this.cohorts.length + 2}`,
          organisationId: 'org-1',
          name: String(body.name),
          programme: programme ? { slug: programme.slug, title: programme.title } : null,
          startsOn: (body.startsOn as string) ?? null,
          endsOn: (body.endsOn as string) ?? null,
          modules,
          trainers: [],
          memberCount: 0,
          audience: (body.audience as 'professional' | 'child') ?? 'professional',
        };
        this.cohorts.push(cohort);
        return { status: 201, body: cohort };
      }
      case 'GET /api/organisations/:o/cohorts/:id': {
        const cohort = this.cohorts.find((candidate) => candidate.id === id);
        return cohort ? { status: 200, body: cohort } : { status: 200, body: { ...CHILD_GROUP, id, audience: 'professional' } };
      }
      case 'DELETE /api/organisations/:o/cohorts/:id/trainers/:id': {
        // The real API refuses to take away a children's group's last certified adult; here, its last trainer.
        const [, cohortId, userId] = /\/cohorts\/([^/]+)\/trainers\/([^/]+)$/.exec(call.path)!;
        const cohort = this.cohorts.find((candidate) => candidate.id === cohortId)!;
        if (cohort.audience === 'child' && cohort.trainers.length === 1) return { status: 409, body: { statusCode: 409, error: 'Conflict', message: LAST_CERTIFIED[lang] } };
        cohort.trainers = cohort.trainers.filter((trainer) => trainer.userId !== userId);
        return { status: 200, body: cohort };
      }
      case 'GET /api/organisations/:o/cohorts/:id/class-code':
        return this.classCode ? { status: 200, body: this.classCode } : { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No class code.' } };
      case 'POST /api/organisations/:o/cohorts/:id/class-code':
        this.classCode = { code: this.classCode ? 'M9Q-2RT' : 'K7P-4XZ', cohortId: 'cohort-1', createdAt: '2026-04-01T09:00:00Z', expiresAt: '2026-04-15T09:00:00Z', expired: false };
        return { status: 201, body: this.classCode };
      case 'DELETE /api/organisations/:o/cohorts/:id/class-code':
        this.classCode = null;
        return { status: 204 };
      case 'POST /api/organisations/:o/cohorts/:id/children': {
        const made = (body.children as { displayName: string }[]).map(({ displayName }, index) => ({
          userId: `child-${index + 1}`,
          displayName,
          username: `${displayName.toLowerCase()}-10${index}${index}`,
          pin: `48${index}${index}`,
        }));
        return { status: 201, body: { children: made } };
      }
      case 'GET /api/organisations/:o/children':
      case 'GET /api/organisations/:o/cohorts/:id/children':
        return { status: 200, body: page(this.children, call.query) };
      case 'PUT /api/organisations/:o/children/:id/consent':
        child!.consentRecorded = true;
        return { status: 200, body: { userId: child!.userId, organisationId: 'org-1', recordedBy: 'user-1', recordedByName: 'Admin', recordedAt: '2026-04-02T09:00:00Z' } };
      case 'DELETE /api/organisations/:o/children/:id/consent':
        child!.consentRecorded = false;
        return { status: 204 };
      case 'POST /api/organisations/:o/children/:id/unlock':
        child!.locked = false;
        return { status: 204 };
      case 'DELETE /api/organisations/:o/children/:id':
        this.children = this.children.filter((candidate) => candidate !== child);
        return { status: 204 };
      case 'GET /api/organisations/:o/feedback/summary':
        return { status: 200, body: { modules: this.feedbackSummary } };
      case 'GET /api/organisations/:o/feedback':
        return { status: 200, body: page(this.pendingFeedback, call.query) };
      case 'POST /api/organisations/:o/feedback/:id/moderation':
        this.pendingFeedback = this.pendingFeedback.filter((item) => !call.path.includes(item.id));
        return { status: 204 };
      case 'GET /api/organisations/:o/cohorts/:id/dashboard':
        return { status: 200, body: DASHBOARD };
      case 'GET /api/organisations/:o/cohorts/:id/members/:id':
        return { status: 200, body: LEARNER };
      case 'POST /api/organisations/:o/cohorts/:id/roster/preview':
        return { status: 200, body: rosterPreview(lang) };
      case 'POST /api/organisations/:o/cohorts/:id/roster':
        return { status: 200, body: ROSTER_RESULT };
      case 'GET /api/organisations/:o/lesson-notes':
        return { status: 200, body: { items: this.lessonNotes } };
      case 'PUT /api/organisations/:o/lesson-notes':
        return this.saveLessonNote(body as Schemas['SaveLessonNoteDto'], lang);
      case 'DELETE /api/organisations/:o/lesson-notes': {
        const same = (note: Schemas['LessonNoteDto']) => note.moduleSlug === call.query.get('moduleSlug') && note.lessonPosition === Number(call.query.get('position'));
        this.lessonNotes = this.lessonNotes.filter((note) => !same(note));
        return { status: 204 };
      }
      default:
        return { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not found.' } };
    }
  }
}

const EMPTY_NOTE = {
  en: 'Write the note in French, in English or in both.',
  fr: 'Rédigez la note en français, en anglais ou dans les deux langues.',
};

/** Puts the fake behind `globalThis.fetch`; call it from `vi.hoisted`, before the API client is imported. */
export function installOrgFakeApi() {
  const fake = new OrgFakeApi();
  vi.stubGlobal('fetch', fake.fetch);
  return fake;
}
