import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { Question } from '../catalogue/entities/question.entity.js';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { LearningService } from '../learning/learning.service.js';
import { answerOfShape, EXPECTED_SHAPE } from './answer-shape.js';
import { Attempt } from './attempt.entity.js';
import type { LearnerAnswer } from './attempt.types.js';
import { drawQuestions } from './draw.js';
import type { AttemptDto, AttemptResultDto, LessonPointerDto, SaveAnswerDto, SubmitAttemptDto } from './dto/attempt.dto.js';
import { claimOperation } from '../learning/claim-operation.js';
import { lessonName } from '../content/lesson-key.js';
import { grade } from './grading.js';
import { correctAnswerOf, toLearnerQuestion } from './learner-question.js';
import { describeAnswer } from './describe-answer.js';
import type { AttemptReviewDto } from './dto/attempt-review.dto.js';
import { localizedColumn } from '../common/i18n/localized-column.js';

@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly learning: LearningService,
  ) {}

  /** Resumes the attempt in progress, or draws a new one when the rules allow it. */
  async start(userId: string, enrolmentId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: serialises concurrent starts of the same enrolment.
      const enrolment = await this.learning.ownEnrolment(userId, enrolmentId, manager, true);
      const attempts = await manager.find(Attempt, { where: { enrolmentId: enrolment.id }, order: { number: 'ASC' } });
      const inProgress = attempts.find((a) => a.status === 'in_progress');
      if (inProgress) return inProgress.id;
      if (attempts.some((a) => a.passed)) throw new AppError(409, 'assessment.alreadyPassed');
      const [version] = await manager.query(`SELECT attempts_allowed AS "allowed", draw_count AS "draw" FROM module_versions WHERE id = $1`, [
        enrolment.moduleVersionId,
      ]);
      if (version.allowed > 0 && attempts.length >= version.allowed) throw new AppError(409, 'assessment.noAttemptsLeft');
      const pool = await manager.find(Question, { where: { moduleVersionId: enrolment.moduleVersionId } });
      const attempt = await manager.save(
        manager.create(Attempt, {
          enrolmentId: enrolment.id,
          userId,
          number: attempts.length + 1,
          draw: drawQuestions(pool, version.draw, attempts.map((a) => a.draw)),
          answers: {},
        }),
      );
      return attempt.id;
    });
  }

  private async ownAttempt(userId: string, attemptId: string, manager: EntityManager, lock = false): Promise<Attempt> {
    const attempt = await manager.findOne(Attempt, { where: { id: attemptId, userId }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!attempt) throw new NotFoundError('assessment.attemptNotFound');
    return attempt;
  }

  private async questionsOf(attempt: Attempt, manager: EntityManager): Promise<Map<string, Question>> {
    const questions = await manager.find(Question, { where: { id: In(attempt.draw.map((d) => d.questionId)) } });
    return new Map(questions.map((q) => [q.id, q]));
  }

  private validAnswer(question: Question | undefined, value: unknown): LearnerAnswer {
    if (!question) throw new AppError(400, 'assessment.questionNotInAttempt');
    const answer = answerOfShape(question.type, value);
    if (!answer) throw new AppError(400, 'assessment.answerShape', { expected: EXPECTED_SHAPE[question.type] });
    return answer;
  }

  /**
   * Saves one answer; saving again replaces it. Answers of other questions are untouched. A device's operation is
   * applied once, and an answer given before the one saved (by `answeredAt`) is acknowledged without replacing it.
   */
  async saveAnswer(userId: string, attemptId: string, questionId: string, dto: SaveAnswerDto): Promise<void> {
    const attempt = await this.ownAttempt(userId, attemptId, this.dataSource.manager);
    if (!attempt.draw.some((d) => d.questionId === questionId)) throw new AppError(400, 'assessment.questionNotInAttempt');
    const question = await this.dataSource.manager.findOne(Question, { where: { id: questionId } });
    const answer = this.validAnswer(question ?? undefined, dto.answer);
    await this.dataSource.transaction(async (manager) => {
      if (!(await claimOperation(manager, userId, dto.opId, 'answer'))) return;
      // The device's clock, capped at the server's: a clock running ahead cannot hold later answers back.
      const [rows] = await manager.query(
        `UPDATE attempts a SET answers = jsonb_set(a.answers, ARRAY[$3::text], $4::jsonb),
                answered_at = jsonb_set(a.answered_at, ARRAY[$3::text], to_jsonb(t.at))
           FROM (SELECT LEAST(COALESCE($5::timestamptz, now()), now()) AS at) t
          WHERE a.id = $1 AND a.user_id = $2 AND a.status = 'in_progress'
            AND (a.answered_at->>$3::text IS NULL OR (a.answered_at->>$3::text)::timestamptz <= t.at)
          RETURNING a.id`,
        [attemptId, userId, questionId, JSON.stringify(answer), dto.answeredAt ?? null],
      );
      if (rows?.length) return;
      const [{ status }] = await manager.query(`SELECT status FROM attempts WHERE id = $1`, [attemptId]);
      if (status === 'submitted') throw new AppError(409, 'assessment.attemptSubmitted', {}, undefined, { code: 'attempt_submitted' });
    });
  }

  /** Grades once. A retried or doubled submission (same key) gets the result of the first. */
  async submit(userId: string, attemptId: string, dto: SubmitAttemptDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const attempt = await this.ownAttempt(userId, attemptId, manager, true);
      if (attempt.status === 'submitted') {
        // The same key is this submission retried; another key is another submission, e.g. from another device.
        if (attempt.submissionKey && attempt.submissionKey !== dto.submissionKey) {
          throw new AppError(409, 'assessment.submittedElsewhere', {}, undefined, { code: 'submitted_elsewhere' });
        }
        return;
      }
      // The enrolment row is the lock that orders this against a concurrent "lesson read" (see LearningService.markRead).
      await this.learning.ownEnrolment(userId, attempt.enrolmentId, manager, true);
      const questions = await this.questionsOf(attempt, manager);
      const answers = { ...attempt.answers };
      for (const [questionId, value] of Object.entries(dto.answers ?? {})) {
        if (!attempt.draw.some((d) => d.questionId === questionId)) throw new AppError(400, 'assessment.questionNotInAttempt');
        answers[questionId] = this.validAnswer(questions.get(questionId), value);
      }
      const [version] = await manager.query(
        `SELECT v.pass_mark AS "passMark" FROM enrolments e JOIN module_versions v ON v.id = e.module_version_id WHERE e.id = $1`,
        [attempt.enrolmentId],
      );
      const result = grade(attempt.draw, questions, answers, version.passMark);
      await manager.update(Attempt, { id: attempt.id }, {
        status: 'submitted',
        answers,
        results: result.results,
        pointsEarned: result.pointsEarned,
        pointsPossible: result.pointsPossible,
        scorePercent: result.scorePercent,
        passed: result.passed,
        submissionKey: dto.submissionKey,
        submittedAt: new Date(),
      });
      if (result.passed) await this.learning.completeIfDone(attempt.enrolmentId, manager);
    });
  }

  async view(userId: string, attemptId: string, language: Language): Promise<AttemptDto> {
    const manager = this.dataSource.manager;
    const attempt = await this.ownAttempt(userId, attemptId, manager);
    const questions = await this.questionsOf(attempt, manager);
    const [context] = await manager.query(
      `SELECT m.slug, v.id AS "versionId", v.${localizedColumn('title', language)} AS title, v.pass_mark AS "passMark", v.attempts_allowed AS "attemptsAllowed",
              (e.completed_at IS NOT NULL) AS completed,
              (SELECT count(*)::int FROM attempts a WHERE a.enrolment_id = e.id AND a.status = 'submitted') AS used
         FROM enrolments e JOIN modules m ON m.id = e.module_id JOIN module_versions v ON v.id = e.module_version_id WHERE e.id = $1`,
      [attempt.enrolmentId],
    );
    let result: AttemptResultDto | null = null;
    if (attempt.status === 'submitted') {
      const [{ anyPassed }] = await manager.query(`SELECT COALESCE(bool_or(passed), false) AS "anyPassed" FROM attempts WHERE enrolment_id = $1`, [
        attempt.enrolmentId,
      ]);
      const showAnswers = anyPassed || (context.attemptsAllowed > 0 && context.used >= context.attemptsAllowed);
      const lessonOf = await this.lessonsToReread(context.versionId, language);
      result = {
        scorePercent: attempt.scorePercent ?? 0,
        passed: attempt.passed ?? false,
        pointsEarned: attempt.pointsEarned ?? 0,
        pointsPossible: attempt.pointsPossible ?? 0,
        passMark: context.passMark,
        attemptsUsed: context.used,
        attemptsAllowed: context.attemptsAllowed,
        correctAnswersShown: showAnswers,
        moduleCompleted: context.completed,
        questions: (attempt.results ?? []).map((r) => {
          const question = questions.get(r.questionId)!;
          const drawn = attempt.draw.find((d) => d.questionId === r.questionId)!;
          return {
            questionId: r.questionId,
            correct: r.correct,
            ...(question.lessonKey && lessonOf.has(lessonName(question.lessonKey)) ? { lesson: lessonOf.get(lessonName(question.lessonKey)) } : {}),
            // The feedback explains the right answer: until it may be shown, the learner learns only right or wrong.
            ...(showAnswers ? { feedback: question.feedback[language], correctAnswer: correctAnswerOf(question, drawn, language) as Record<string, unknown> } : {}),
          };
        }),
      };
    }
    return {
      id: attempt.id,
      enrolmentId: attempt.enrolmentId,
      moduleSlug: context.slug,
      moduleTitle: context.title,
      number: attempt.number,
      status: attempt.status,
      questions: attempt.draw.map((drawn) => toLearnerQuestion(questions.get(drawn.questionId)!, drawn, language)),
      answers: attempt.answers,
      result,
    };
  }

  /** The version's lessons by name (number left out), as a question's pointer to the lesson to reread. */
  private async lessonsToReread(versionId: string, language: Language): Promise<Map<string, LessonPointerDto>> {
    const lessons: { key: string; position: number; title: string }[] = await this.dataSource.query(
      `SELECT key, position, ${localizedColumn('title', language)} AS title FROM lessons WHERE module_version_id = $1`,
      [versionId],
    );
    return new Map(lessons.map((lesson) => [lessonName(lesson.key), { position: lesson.position, title: lesson.title }]));
  }

  /** Submitted attempts of these enrolments with each answer in words, for a trainer's learner detail. */
  /** Submitted attempts of these enrolments, started at `since` or later (what an organisation may see). */
  async reviews(enrolmentIds: string[], language: Language, since: Date): Promise<AttemptReviewDto[]> {
    if (enrolmentIds.length === 0) return [];
    const manager = this.dataSource.manager;
    const attempts = await manager.find(Attempt, {
      where: { enrolmentId: In(enrolmentIds), status: 'submitted', startedAt: MoreThanOrEqual(since) },
      order: { submittedAt: 'ASC' },
    });
    const questions = await manager.find(Question, { where: { id: In(attempts.flatMap((a) => a.draw.map((d) => d.questionId))) } });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const modules: { id: string; slug: string; title: string }[] = await manager.query(
      `SELECT e.id, m.slug, v.${localizedColumn('title', language)} AS title
         FROM enrolments e JOIN modules m ON m.id = e.module_id JOIN module_versions v ON v.id = e.module_version_id WHERE e.id = ANY($1)`,
      [enrolmentIds],
    );
    const moduleOf = new Map(modules.map((m) => [m.id, m]));
    return attempts.map((attempt) => ({
      enrolmentId: attempt.enrolmentId,
      moduleSlug: moduleOf.get(attempt.enrolmentId)!.slug,
      moduleTitle: moduleOf.get(attempt.enrolmentId)!.title,
      number: attempt.number,
      submittedAt: attempt.submittedAt!.toISOString(),
      scorePercent: attempt.scorePercent ?? 0,
      passed: attempt.passed ?? false,
      answers: attempt.draw.map((drawn) => {
        const question = byId.get(drawn.questionId)!;
        return {
          prompt: question.prompt[language],
          competency: question.competencyCode,
          answer: describeAnswer(question, drawn, attempt.answers[drawn.questionId], language),
          correct: attempt.results?.find((r) => r.questionId === drawn.questionId)?.correct ?? false,
        };
      }),
    }));
  }
}
