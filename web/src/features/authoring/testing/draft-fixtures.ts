import type { installFakeApi } from '../../auth/testing/fake-api';
import type { Draft } from '../types';

type FakeApi = ReturnType<typeof installFakeApi>;

export const SLUG = 'hearing-children';
export const BASE = `/api/authoring/modules/${SLUG}`;

export const draft = (revision: number, titleFr = 'Entendre l’enfant'): Draft => ({
  slug: SLUG,
  revision,
  basedOnVersion: null,
  updatedAt: '2026-11-23T10:00:00.000Z',
  updatedBy: { id: 'user-9', displayName: 'Claire Martin' },
  definition: {
    slug: SLUG,
    audience: 'professional',
    minutes: 60,
    competencies: ['C1'],
    title: { fr: titleFr, en: 'Hearing the child' },
    summary: { fr: '', en: '' },
    lessons: [{ key: 'lesson-1', title: { fr: 'Première leçon', en: 'First lesson' }, body: { fr: 'Texte', en: 'Text' } }],
    assessment: {
      passMark: 70,
      attempts: 3,
      draw: 1,
      questions: [
        {
          id: 'question-1',
          type: 'single_choice',
          competency: 'C1',
          points: 1,
          prompt: { fr: 'Qui décide ?', en: 'Who decides?' },
          feedback: { fr: '', en: '' },
          options: [
            { id: 'a', fr: 'Le juge', en: 'The judge', correct: true },
            { id: 'b', fr: 'L’enfant', en: 'The child' },
          ],
        },
      ],
    },
  },
});

/** A trainer, a module that was never published, its draft and the competencies: what the editor loads. */
export function serveModule(fake: FakeApi, first = draft(1), module: Record<string, unknown> = {}) {
  fake.logIn({ memberships: [{ organisationId: 'org-1', organisationName: 'Centre', role: 'trainer' }] });
  fake.answer(`GET ${BASE}`, () => ({
    status: 200,
    body: { slug: SLUG, origin: 'authored', organisationId: 'org-1', audience: 'professional', title: 'Hearing the child', currentVersion: null, archivedAt: null, draft: null, versions: [], ...module },
  }));
  fake.answer(`GET ${BASE}/draft`, () => ({ status: 200, body: first }));
  fake.answer('GET /api/competencies', () => ({ status: 200, body: { items: [{ code: 'C1', title: 'Rights', description: '', indicators: [], modules: [] }] } }));
}

