import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../api/client';
import { ACCOUNT } from '../auth/testing/fake-api';
import { renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());

const enrolment = (lessonsRead: number): Schemas['EnrolmentDetailDto'] => ({
  id: 'enrol-1',
  moduleSlug: 'hearing-the-child',
  moduleTitle: 'Hearing the child',
  audience: 'professional',
  version: 1,
  enrolledAt: '2026-04-01T09:00:00Z',
  completedAt: null,
  lastLessonPosition: 2,
  lessonCount: 2,
  lessonsRead,
  newerVersionAvailable: false,
  lessons: [
    { position: 1, title: 'Why hearing matters', read: lessonsRead >= 1 },
    { position: 2, title: 'Interviewing', read: lessonsRead >= 2 },
  ],
  assessment: { attemptsAllowed: 3, attemptsUsed: 0, bestScore: null, canStartAttempt: true, passMark: 70, questionCount: 8, passed: false, attemptInProgress: null },
});

/** The page's main action: the first button or button-styled link after the heading. */
const mainAction = () => document.querySelector('article .button')!;

describe('the module page of an enrolment', () => {
  beforeEach(() => {
    fake.reset();
    fake.logIn(ACCOUNT.user);
  });

  it('leads back to the lessons while some are unread', async () => {
    fake.answer('GET /api/enrolments/enrol-1', () => ({ status: 200, body: enrolment(1) }));
    await renderApp('/learning/enrol-1', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Hearing the child' });
    expect(mainAction().textContent).toBe('Resume where I stopped');
  });

  it('leads to the assessment once every lesson is read', async () => {
    fake.answer('GET /api/enrolments/enrol-1', () => ({ status: 200, body: enrolment(2) }));
    await renderApp('/learning/enrol-1', 'fr');
    await screen.findByRole('heading', { level: 1, name: 'Hearing the child' });
    expect(mainAction().textContent).toBe('Commencer l\'évaluation');
    expect(screen.queryByRole('link', { name: /Reprendre là où/ })).toBeNull();
    // The lessons stay listed, to reread.
    expect(screen.getByRole('link', { name: 'Interviewing' }).getAttribute('href')).toBe('/learning/enrol-1/lessons/2');
  });
});
