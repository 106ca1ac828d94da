import request from 'supertest';
import { member, newChild, type OrganisationSamples, type World } from './organisation-world.js';
import type { TestApp } from './test-app.js';

export type SampleName = keyof OrganisationSamples;

/** How to call one route with organisation A's samples so that an allowed caller really succeeds. */
export interface SampleRequest {
  /** Which sample each path parameter takes; by default the sample of the same name (`:cohortId` → the professional cohort). */
  params?: Record<string, SampleName>;
  body?: (samples: OrganisationSamples) => object;
  /** A CSV body instead of JSON. */
  csv?: () => string;
  query?: string;
  /** What an allowed caller gets (default 200). */
  ok?: number;
  /**
   * Trainers reach the route only for the cohorts and children they run, so another trainer of the organisation
   * gets 404. Default: routes naming a cohort or a child.
   */
  runByTrainer?: boolean;
  /** Objects made afresh before each allowed call, for calls that use them up (a deletion, a new PIN …). */
  fresh?: (testApp: TestApp, world: World) => Promise<Partial<OrganisationSamples>>;
}

let unique = 0;
const email = () => `matrix.${++unique}.${Date.now()}@example.org`;

const freshTrainee = async (testApp: TestApp, world: World) => ({ traineeId: (await member(testApp, world.a.id, 'trainee')).id });
/** A trainee whose address is unconfirmed: the one kind of member an org admin may hand a reset link to. */
const freshUnconfirmedTrainee = async (testApp: TestApp, world: World) => {
  const { traineeId } = await freshTrainee(testApp, world);
  await testApp.dataSource.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [traineeId]);
  return { traineeId };
};
const freshInvitation = async (testApp: TestApp, world: World) => {
  const members = `/api/organisations/${world.a.id}/members`;
  const invited = await request(testApp.http).post(members).set('Cookie', world.a.orgAdmin.cookie).send({ email: email(), role: 'trainee' }).expect(201);
  return { invitationId: invited.body.invitation.id as string };
};
const freshChild = async (testApp: TestApp, world: World) => ({ childId: await newChild(testApp, world) });
const freshClassCode = async (testApp: TestApp, world: World) => {
  const group = `/api/organisations/${world.a.id}/cohorts/${world.samples.a.groupId}`;
  await request(testApp.http).post(`${group}/class-code`).set('Cookie', world.a.trainer.cookie).expect(201);
  return {};
};
const freshCohortTrainer = async (testApp: TestApp, world: World) => {
  const trainer = await member(testApp, world.a.id, 'trainer');
  const cohort = `/api/organisations/${world.a.id}/cohorts/${world.samples.a.cohortId}`;
  await request(testApp.http).post(`${cohort}/trainers`).set('Cookie', world.a.orgAdmin.cookie).send({ userId: trainer.id }).expect(200);
  return { trainerId: trainer.id };
};
const freshCohortMember = async (testApp: TestApp, world: World) => {
  const { traineeId } = await freshTrainee(testApp, world);
  const cohort = `/api/organisations/${world.a.id}/cohorts/${world.samples.a.cohortId}`;
  await request(testApp.http).post(`${cohort}/members`).set('Cookie', world.a.orgAdmin.cookie).send({ userIds: [traineeId] }).expect(200);
  return { traineeId };
};

const NOTE_LESSON = { moduleSlug: 'recognising-abuse', position: 3 };
/** A note under a lesson of organisation A, for a call that deletes it. */
const freshLessonNote = async (testApp: TestApp, world: World) => {
  const notes = `/api/organisations/${world.a.id}/lesson-notes`;
  await request(testApp.http).put(notes).set('Cookie', world.a.orgAdmin.cookie).send({ ...NOTE_LESSON, bodyFr: 'Appelez la cellule départementale.', bodyEn: '' }).expect(200);
  return {};
};

/**
 * Every route under /api/organisations, keyed `METHOD /api/path/:params` as the route list spells it. A new route
 * fails the completeness check until it has its line here; the matrix then derives every cell from its access rule.
 */
export const ORGANISATION_ROUTES: Record<string, SampleRequest> = {
  // organisations and members
  'POST /api/organisations': { body: () => ({ name: 'Nouvelle école', kind: 'school' }), ok: 201 },
  'GET /api/organisations': {},
  'GET /api/organisations/:organisationId': {},
  'GET /api/organisations/:organisationId/members': {},
  'POST /api/organisations/:organisationId/members': { body: () => ({ email: email(), role: 'trainee' }), ok: 201 },
  'PATCH /api/organisations/:organisationId/members/:userId': { params: { userId: 'traineeId' }, body: () => ({ role: 'trainee' }) },
  'GET /api/organisations/:organisationId/invitations': {},
  'DELETE /api/organisations/:organisationId/invitations/:invitationId': { ok: 204, fresh: freshInvitation },
  'POST /api/organisations/:organisationId/members/:userId/reset-link': { params: { userId: 'traineeId' }, fresh: freshUnconfirmedTrainee },
  'DELETE /api/organisations/:organisationId/members/:userId': { params: { userId: 'traineeId' }, ok: 204, fresh: freshTrainee },

  // cohorts
  'POST /api/organisations/:organisationId/cohorts': {
    body: (s) => ({ name: 'Club du mercredi', audience: 'child', moduleSlugs: ['my-rights'], trainerIds: [s.trainerId] }),
    ok: 201,
  },
  'GET /api/organisations/:organisationId/cohorts': {},
  'GET /api/organisations/:organisationId/cohorts/:cohortId': {},
  'POST /api/organisations/:organisationId/cohorts/:cohortId/members': { body: (s) => ({ userIds: [s.traineeId] }) },
  'POST /api/organisations/:organisationId/cohorts/:cohortId/trainers': { body: (s) => ({ userId: s.trainerId }) },
  'DELETE /api/organisations/:organisationId/cohorts/:cohortId/trainers/:userId': { params: { userId: 'trainerId' }, fresh: freshCohortTrainer },
  'DELETE /api/organisations/:organisationId/cohorts/:cohortId/members/:userId': { params: { userId: 'traineeId' }, ok: 204, fresh: freshCohortMember },
  'POST /api/organisations/:organisationId/cohorts/:cohortId/roster/preview': { csv: () => `Name,Email\nAwa Ndiaye,${email()}\n` },
  'POST /api/organisations/:organisationId/cohorts/:cohortId/roster': { csv: () => `Name,Email\nAwa Ndiaye,${email()}\n` },

  // reports
  'GET /api/organisations/:organisationId/cohorts/:cohortId/dashboard': {},
  'GET /api/organisations/:organisationId/cohorts/:cohortId/members/:userId': { params: { userId: 'traineeId' } },
  'GET /api/organisations/:organisationId/cohorts/:cohortId/dashboard.csv': {},
  'GET /api/organisations/:organisationId/cohorts/:cohortId/report.pdf': {},

  // children's groups
  'GET /api/organisations/:organisationId/cohorts/:cohortId/children': { params: { cohortId: 'groupId' } },
  'POST /api/organisations/:organisationId/cohorts/:cohortId/class-code': { params: { cohortId: 'groupId' }, ok: 201 },
  'GET /api/organisations/:organisationId/cohorts/:cohortId/class-code': { params: { cohortId: 'groupId' }, fresh: freshClassCode },
  'DELETE /api/organisations/:organisationId/cohorts/:cohortId/class-code': { params: { cohortId: 'groupId' }, ok: 204, fresh: freshClassCode },
  'GET /api/organisations/:organisationId/cohorts/:cohortId/class-code/sheet': { params: { cohortId: 'groupId' }, fresh: freshClassCode },
  'POST /api/organisations/:organisationId/cohorts/:cohortId/children': { params: { cohortId: 'groupId' }, body: () => ({ children: [{ displayName: 'Aya' }] }), ok: 201 },

  // children of the organisation
  'GET /api/organisations/:organisationId/children': {},
  'PUT /api/organisations/:organisationId/children/:userId/consent': { params: { userId: 'childId' } },
  'DELETE /api/organisations/:organisationId/children/:userId/consent': { params: { userId: 'childId' }, ok: 204, fresh: freshChild },
  'POST /api/organisations/:organisationId/children/:userId/unlock': { params: { userId: 'childId' }, ok: 204 },
  'POST /api/organisations/:organisationId/children/:userId/secret': { params: { userId: 'childId' }, fresh: freshChild },
  'GET /api/organisations/:organisationId/children/:userId/export': { params: { userId: 'childId' } },
  'DELETE /api/organisations/:organisationId/children/:userId': { params: { userId: 'childId' }, ok: 204, fresh: freshChild },

  // children's feedback
  'GET /api/organisations/:organisationId/feedback': {},
  'POST /api/organisations/:organisationId/feedback/:feedbackId/moderation': { body: () => ({ status: 'approved' }), ok: 204 },
  'GET /api/organisations/:organisationId/feedback/summary': {},

  // the organisation's own notes under lessons
  'GET /api/organisations/:organisationId/lesson-notes': {},
  'PUT /api/organisations/:organisationId/lesson-notes': { body: () => ({ ...NOTE_LESSON, bodyFr: 'Notre procédure locale.', bodyEn: 'Our local procedure.' }) },
  'DELETE /api/organisations/:organisationId/lesson-notes': { query: 'moduleSlug=recognising-abuse&position=3', ok: 204, fresh: freshLessonNote },
};
