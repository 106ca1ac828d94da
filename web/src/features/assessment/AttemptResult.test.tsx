import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT } from '../auth/testing/fake-api';
import { renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());

const question = (id: string, prompt: string) => ({ id, type: 'true_false', prompt });

/** A failed first attempt of three, as the API gives it while the answers are still hidden. */
const failedAttempt = {
  id: 'att-1',
  enrolmentId: 'enrol-1',
  moduleSlug: 'hearing-the-child',
  moduleTitle: 'Entendre l’enfant',
  number: 1,
  status: 'submitted',
  questions: [question('q1', 'L’article 12 fixe-t-il un âge minimum ?'), question('q2', 'Faut-il répéter la question ?'), question('q3', 'Question juste')],
  answers: {},
  result: {
    scorePercent: 33,
    passed: false,
    pointsEarned: 1,
    pointsPossible: 3,
    passMark: 70,
    attemptsUsed: 1,
    attemptsAllowed: 3,
    correctAnswersShown: false,
    moduleCompleted: false,
    questions: [
      { questionId: 'q1', correct: false, lesson: { position: 1, title: 'Pourquoi entendre l’enfant' } },
      { questionId: 'q2', correct: false },
      { questionId: 'q3', correct: true, lesson: { position: 4, title: 'L’audition adaptée' } },
    ],
  },
};

describe('the result of a failed attempt', () => {
  beforeEach(() => {
    fake.reset();
    fake.logIn(ACCOUNT.user);
    fake.answer('GET /api/attempts/att-1', () => ({ status: 200, body: failedAttempt }));
  });

  it('says only right or wrong, and points each missed question to the lesson to reread', async () => {
    await renderApp('/attempts/att-1', 'fr');
    await screen.findByRole('heading', { name: /Pas encore réussi/ });
    const lesson = screen.getByRole('link', { name: 'Pourquoi entendre l’enfant' });
    expect(lesson.getAttribute('href')).toBe('/learning/enrol-1/lessons/1');
    expect(lesson.parentElement?.textContent).toBe('Relisez la leçon\u00a0: Pourquoi entendre l’enfant');
    // No lesson named by the author: the module's lessons.
    expect(screen.getByRole('link', { name: 'Relisez les leçons du module' }).getAttribute('href')).toBe('/learning/enrol-1');
    // A right answer needs no pointer.
    expect(screen.queryByRole('link', { name: 'L’audition adaptée' })).toBeNull();
    expect(screen.queryByText(/Bonne réponse/)).toBeNull();
  });
});
