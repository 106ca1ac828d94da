import type { Schemas } from '../../../api/client';

type User = Schemas['MeDto'];

export const ORG = 'org-1';
export const COHORT = 'cohort-1';
export const INVITATION_LINK = 'https://clef.example.org/invitation/Kq7xP2mzRt9wLd4sKq7xP2mzRt9wLd4sKq7xP2mzRt9w';

const member = (organisationId: string, role: 'org_admin' | 'trainer' | 'trainee') => ({ organisationId, organisationName: 'École Sainte-Marie', role });

export const USERS = {
  admin: { id: 'u-admin', email: 'awa@example.org', displayName: 'Awa Ndiaye', preferredLanguage: 'en', platformRole: null, memberships: [member(ORG, 'org_admin')], accountKind: 'adult', consentRecorded: true, emailVerified: true },
  trainer: { id: 'u-trainer', email: 'paul@example.org', displayName: 'Paul Martin', preferredLanguage: 'en', platformRole: null, memberships: [member(ORG, 'trainer')], accountKind: 'adult', consentRecorded: true, emailVerified: true },
  trainee: { id: 'u-trainee', email: 'lea@example.org', displayName: 'Léa Roy', preferredLanguage: 'en', platformRole: null, memberships: [member(ORG, 'trainee')], accountKind: 'adult', consentRecorded: true, emailVerified: true },
  platformAdmin: { id: 'u-root', email: 'root@example.org', displayName: 'Platform Admin', preferredLanguage: 'en', platformRole: 'admin', memberships: [], accountKind: 'adult', consentRecorded: true, emailVerified: true },
} satisfies Record<string, User>;

export const organisation = (myRole: Schemas['OrganisationDto']['myRole']): Schemas['OrganisationDto'] => ({
  id: ORG, name: 'École Sainte-Marie', kind: 'school', country: 'SN', memberCount: 3, myRole,
});

export const initialMembers = (): Schemas['MemberDto'][] => [
  { userId: 'u-admin', displayName: 'Awa Ndiaye', email: 'awa@example.org', role: 'org_admin', joinedAt: '2026-01-10T09:00:00Z' },
  { userId: 'u-trainee', displayName: 'Léa Roy', email: 'lea@example.org', role: 'trainee', joinedAt: '2026-01-12T09:00:00Z' },
  { userId: 'u-trainer', displayName: 'Paul Martin', email: 'paul@example.org', role: 'trainer', joinedAt: '2026-01-11T09:00:00Z' },
];

const summary = (slug: string, title: string): Schemas['ModuleSummaryDto'] => ({
  slug, title, summary: `About ${title}.`, audience: 'professional', competencies: [], lessonCount: 4, minutes: 40, version: 1,
});

export const MODULES = [summary('hearing-the-child', 'Hearing the child'), summary('child-protection-basics', 'Child protection basics'), summary('safe-reporting', 'Safe reporting')];

const programmeModule = (slug: string, title: string): Schemas['ProgrammeModuleDto'] => ({ slug, title, minutes: 60, completed: null });
export const PROGRAMMES: Schemas['ProgrammeDto'][] = [
  {
    slug: 'justice-track',
    title: 'Justice track',
    summary: 'For police and justice professionals.',
    audience: 'professional',
    modules: [programmeModule('hearing-the-child', 'Hearing the child'), programmeModule('safe-reporting', 'Safe reporting')],
    certificateCode: null,
  },
  {
    slug: 'my-rights-journey',
    title: 'My rights journey',
    summary: 'Three modules for children.',
    audience: 'child',
    modules: [programmeModule('my-rights', 'My rights'), programmeModule('staying-safe', 'Staying safe')],
    certificateCode: null,
  },
];

const progress = (slug: string, cell: Partial<Schemas['MemberModuleProgressDto']>): Schemas['MemberModuleProgressDto'] => ({
  slug, enrolled: true, lessonsRead: 0, lessonCount: 4, attempts: 0, bestScore: null, passed: false, completed: false, certificate: 'none', status: 'notStarted', ...cell,
});

export const DASHBOARD: Schemas['CohortDashboardDto'] = {
  cohortId: COHORT,
  name: 'Promotion 2026',
  modules: [
    { moduleId: 'm-1', slug: 'hearing-the-child', title: 'Hearing the child' },
    { moduleId: 'm-2', slug: 'child-protection-basics', title: 'Child protection basics' },
  ],
  totals: { members: 42, enrolled: 40, started: 35, completed: 20, certified: 18, certificationRate: 43 },
  competencies: [
    { code: 'C1', title: 'Listening to children', answers: 25, correct: 18, share: 72 },
    { code: 'C2', title: 'Reporting safely', answers: 0, correct: 0, share: null },
  ],
  bySector: [
    { group: 'police', members: 20, completed: 10, certified: 9 },
    { group: 'education', members: 15, completed: 7, certified: 6 },
    { group: 'suppressed', members: 7, completed: 3, certified: 3 },
  ],
  byGender: [
    { group: 'woman', members: 24, completed: 12, certified: 11 },
    { group: 'man', members: 18, completed: 8, certified: 7 },
  ],
  members: {
    page: 1,
    pageSize: 25,
    total: 42,
    items: [
      {
        userId: 'u-binta',
        displayName: 'Binta Sow',
        modules: [
          progress('hearing-the-child', { lessonsRead: 4, attempts: 2, bestScore: 80, passed: true, completed: true, certificate: 'valid', status: 'completed' }),
          progress('child-protection-basics', { lessonsRead: 1, status: 'inProgress' }),
        ],
      },
    ],
  },
};

export const LEARNER: Schemas['LearnerDetailDto'] = {
  userId: 'u-binta',
  displayName: 'Binta Sow',
  email: 'binta@example.org',
  moduleTitles: DASHBOARD.modules,
  modules: DASHBOARD.members.items[0].modules,
  attempts: [
    { enrolmentId: 'e-1', moduleSlug: DASHBOARD.modules[0].slug, moduleTitle: DASHBOARD.modules[0].title, number: 1, submittedAt: '2026-03-02T10:00:00Z', scorePercent: 50, passed: false, answers: [{ prompt: 'Who decides?', competency: 'C1', answer: 'The judge', correct: false }] },
    { enrolmentId: 'e-1', moduleSlug: DASHBOARD.modules[0].slug, moduleTitle: DASHBOARD.modules[0].title, number: 2, submittedAt: '2026-03-03T10:00:00Z', scorePercent: 80, passed: true, answers: [{ prompt: 'Who decides?', competency: 'C1', answer: 'The child is heard', correct: true }] },
  ],
};

const badEmail = { en: 'Line 4: this is not an e-mail address.', fr: 'Ligne 4 : ce n’est pas une adresse e-mail.' };

export const rosterPreview = (lang: 'fr' | 'en'): Schemas['RosterPreviewDto'] => ({
  counts: { rows: 3, invite: 1, invited: 0, member: 1, invalid: 1 },
  rows: [
    { line: 2, displayName: 'Élodie Martin', email: 'elodie@example.org', status: 'invite', problems: [] },
    { line: 3, displayName: 'Léa Roy', email: 'lea@example.org', status: 'member', problems: [] },
    { line: 4, displayName: 'Omar', email: 'omar-at-example', status: 'invalid', problems: [{ field: 'email', code: 'badEmail', message: badEmail[lang] }] },
  ],
  unusedColumns: lang === 'fr' ? ['secteur', 'Téléphone'] : ['sector', 'Phone'],
});

export const ROSTER_RESULT: Schemas['RosterImportResultDto'] = {
  counts: { rows: 3, invite: 1, invited: 0, member: 1, invalid: 1 },
  enrolments: 4,
  invitations: [{ id: 'inv-1', line: 2, email: 'elodie@example.org', link: 'https://clef.example/invitation/tok-1' }],
};

/** A children's group (a cohort whose audience is `child`). */
export const CHILD_GROUP: Schemas['CohortDto'] = {
  id: 'cohort-1',
  organisationId: 'org-1',
  name: 'CM2 — my rights',
  programme: null,
  startsOn: null,
  endsOn: null,
  modules: [{ slug: 'my-rights', title: 'My rights' }],
  trainers: [],
  memberCount: 0,
  audience: 'child',
};

export const child = (summary: Partial<Schemas['ChildSummaryDto']> = {}): Schemas['ChildSummaryDto'] => ({
  userId: 'child-1',
  username: 'lina-4821',
  displayName: 'Lina',
  ageBand: '10-12',
  consentRecorded: false,
  locked: false,
  createdAt: '2026-04-01T09:00:00Z',
  lastActiveAt: null,
  inactiveForAYear: false,
  groups: [{ cohortId: 'cohort-1', name: 'CM2 — my rights' }],
  ...summary,
});
