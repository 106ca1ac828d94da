import type { Schemas } from '../../../api/client';
import { ACCOUNT } from '../../auth/testing/fake-api';

export const PICTURES = { pictures: ['sun', 'moon', 'star', 'tree', 'flower', 'cat', 'dog', 'fish', 'bird', 'apple', 'ball', 'boat'], secretLength: 4 };

export const CHILD: Schemas['MeDto'] = {
  ...ACCOUNT.user,
  id: 'child-1',
  email: null,
  displayName: 'Lina',
  preferredLanguage: 'fr',
  accountKind: 'child',
  username: 'lina-4821',
  ageBand: '10-12',
  consentRecorded: true,
  emailVerified: false,
};

const assessment = (passed: boolean): Schemas['EnrolmentAssessmentDto'] => ({
  attemptsAllowed: 0,
  attemptsUsed: passed ? 1 : 0,
  bestScore: passed ? 100 : null,
  canStartAttempt: !passed,
  passMark: 60,
  passed,
  questionCount: 6,
  attemptInProgress: null,
});

export const enrolment = (done: boolean): Schemas['EnrolmentDetailDto'] => ({
  id: 'enrol-1',
  moduleSlug: 'my-rights',
  moduleTitle: 'Mes droits',
  audience: 'child',
  version: 1,
  enrolledAt: '2026-04-01T09:00:00Z',
  completedAt: done ? '2026-04-03T09:00:00Z' : null,
  lastLessonPosition: 1,
  lessonCount: 2,
  lessonsRead: done ? 2 : 0,
  newerVersionAvailable: false,
  lessons: [
    { position: 1, title: 'C’est quoi, un droit ?', read: done },
    { position: 2, title: 'Une promesse pour les enfants', read: done },
  ],
  assessment: assessment(done),
});

export const LESSON: Schemas['EnrolmentLessonContentDto'] = {
  moduleSlug: 'my-rights',
  moduleTitle: 'Mes droits',
  version: 1,
  position: 1,
  lessonCount: 2,
  title: 'C’est quoi, un droit ?',
  html: '<p>Un droit, c’est ce dont chaque enfant a besoin pour bien grandir.</p>',
  previous: null,
  next: { position: 2, title: 'Une promesse pour les enfants' },
  read: false,
};
