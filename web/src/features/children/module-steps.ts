import type { Schemas } from '../../api/client';
import type { PathStep } from './StepPath';

type Enrolment = Schemas['EnrolmentDetailDto'];

/** The steps of a child's module: each lesson, then the quiz. */
export function moduleSteps(enrolment: Enrolment, quizLabel: string): PathStep[] {
  return [...enrolment.lessons.map((lesson) => ({ label: lesson.title, done: lesson.read })), { label: quizLabel, done: enrolment.assessment.passed }];
}

export type NextTask = { kind: 'lesson'; position: number; title: string } | { kind: 'quiz'; resume: string | null } | { kind: 'done' } | { kind: 'none' };

/** The one thing to do next: the first lesson not read, else the quiz, else nothing (finished). */
export function nextTask(enrolment: Enrolment): NextTask {
  if (enrolment.completedAt) return { kind: 'done' };
  const unread = enrolment.lessons.find((lesson) => !lesson.read);
  if (unread) return { kind: 'lesson', position: unread.position, title: unread.title };
  const { assessment } = enrolment;
  if (!assessment.passed && (assessment.attemptInProgress || assessment.canStartAttempt)) return { kind: 'quiz', resume: assessment.attemptInProgress ?? null };
  return { kind: 'none' };
}
