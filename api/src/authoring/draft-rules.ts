import type { z } from 'zod';
import { AppError, type FieldProblem } from '../common/errors/app-error.js';
import type { FieldErrorDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import type { MessageKey } from '../common/i18n/messages.en.js';
import { translate } from '../common/i18n/translate.js';
import { checkModuleDefinition, checkQuestions, curriculumFindings, type CurriculumRule, type RuleProblem } from '../content/content-rules.js';
import { IMAGE_REF, markdownImages } from '../content/image-ref.js';
import { lessonName } from '../content/lesson-key.js';
import { draftDefinitionSchema, moduleDefinitionSchema, type DraftDefinition } from '../content/content.schema.js';
import type { ModuleDefinition, QuestionDefinition } from '../content/content.types.js';

const LANGUAGE_NAME = { fr: 'authoring.languageFr', en: 'authoring.languageEn' } as const;

/** A rule problem as an API field problem, its `{language}` named in the reader's language. */
function toField(problem: RuleProblem, language: Language): FieldProblem {
  const params = { ...problem.params };
  if (params.language === 'fr' || params.language === 'en') params.language = translate(language, LANGUAGE_NAME[params.language]);
  return { field: problem.field, rule: problem.rule.replace(/^content\./, ''), messageKey: problem.rule, params };
}

function fromZod(issues: z.core.$ZodIssue[]): RuleProblem[] {
  return issues.map((issue) => {
    const field = issue.path.join('.');
    const last = issue.path.at(-1);
    if (issue.code === 'too_small' && issue.origin === 'string') return { field, rule: 'content.textMissing', params: { language: last } };
    if (issue.code === 'too_small') return { field, rule: 'content.tooFew', params: { minimum: Number(issue.minimum) } };
    if (issue.code === 'too_big') return { field, rule: 'content.tooMany', params: { maximum: Number(issue.maximum) } };
    if (last === 'competency') return { field, rule: 'content.competencyMissing', params: {} };
    return { field, rule: 'content.invalidValue', params: { detail: issue.message } };
  });
}

/** The draft body, shape-checked (400 otherwise), with lessons numbered in the order given. */
export function parseDraft(body: unknown, slug: string, language: Language): DraftDefinition {
  const result = draftDefinitionSchema.safeParse(body);
  if (!result.success) throw new AppError(400, 'authoring.draftInvalid', {}, fromZod(result.error.issues).map((p) => toField(p, language)));
  const definition = { ...result.data, slug, lessons: result.data.lessons.map((lesson, index) => ({ ...lesson, position: index + 1 })) };
  const unanswerable = checkQuestions(definition.assessment.questions as QuestionDefinition[]);
  if (unanswerable.length > 0) throw new AppError(400, 'authoring.draftInvalid', {}, unanswerable.map((p) => toField(p, language)));
  return definition;
}

/** A published or zipped module as a draft: lessons keep their stable names (the order is the draft's own). */
export function asDraft(definition: ModuleDefinition): DraftDefinition {
  return { ...definition, lessons: definition.lessons.map((lesson) => ({ ...lesson, key: lessonName(lesson.key) })) } as DraftDefinition;
}

/** The draft as a definition to publish: lessons keyed `NN-name` like content/ files, review markers gone. */
export function toModuleDefinition(draft: DraftDefinition, slug: string): ModuleDefinition {
  const { lessons, assessment, ...meta } = draft;
  return {
    ...meta,
    slug,
    lessons: lessons.map((lesson, index) => ({
      key: `${String(index + 1).padStart(2, '0')}-${lessonName(lesson.key)}`,
      position: index + 1,
      title: lesson.title,
      body: lesson.body,
    })),
    assessment: { ...assessment, questions: assessment.questions.map(({ needsTranslation: _flag, ...question }) => question as QuestionDefinition) },
  } as ModuleDefinition;
}

/** The curriculum minimums in words for an author (content:check's own wording names files and audiences). */
const CURRICULUM_MESSAGE = {
  'content.lessonCount': 'advice.lessonCount',
  'content.poolTooSmall': 'advice.poolTooSmall',
  'content.tooFewTypes': 'advice.tooFewTypes',
} as const satisfies Record<CurriculumRule, MessageKey>;

/** Where the draft falls short of the bundled curriculum's minimums (lesson count, pool size, question variety). */
function curriculumProblems(draft: DraftDefinition, slug: string): FieldProblem[] {
  return curriculumFindings(toModuleDefinition(draft, slug)).map((problem) => ({
    field: problem.field,
    rule: problem.rule.replace(/^content\./, ''),
    messageKey: CURRICULUM_MESSAGE[problem.rule],
    params: problem.params,
  }));
}

/** Whether the module is part of the bundled curriculum (content/), which must keep passing content:check. */
export interface ModuleKind {
  bundled: boolean;
}

/**
 * Everything that keeps a draft from being published: both languages, no empty lesson, a pool at least as large as
 * the draw, answerable questions, known competencies, no review marker left. The bundled curriculum's minimums
 * (lesson count, pool size, question variety) block only a bundled module, so that it can go back into content/;
 * for an organisation's own module they are advice (`publishAdvice`).
 */
/** Images a lesson names as uploaded (`images/<hash>.webp`) that the module does not hold: learners would see none. */
function missingImages(draft: DraftDefinition, uploaded: Set<string>): RuleProblem[] {
  return draft.lessons.flatMap((lesson, index) =>
    (['fr', 'en'] as const).flatMap((language) =>
      markdownImages(lesson.body[language]).flatMap(({ src }) => {
        const hash = IMAGE_REF.exec(src)?.[1];
        return hash && !uploaded.has(hash) ? [{ field: `lessons.${index}.body.${language}`, rule: 'content.imageMissing' as const, params: { src } }] : [];
      }),
    ),
  );
}

/** `uploaded`: the hashes of the module's images, when known (a zip's images are checked as they are kept). */
export function publishProblems(draft: DraftDefinition, slug: string, knownCompetencies: Set<string>, language: Language, { bundled }: ModuleKind, uploaded?: Set<string>): FieldProblem[] {
  const definition = toModuleDefinition(draft, slug);
  const rules = [...checkModuleDefinition(definition, knownCompetencies), ...(uploaded ? missingImages(draft, uploaded) : [])];
  const shape = moduleDefinitionSchema.safeParse(definition);
  const shapeProblems = shape.success ? [] : fromZod(shape.error.issues).filter((p) => !rules.some((r) => r.field === p.field));
  const flagged: RuleProblem[] = draft.assessment.questions.flatMap((question, index) =>
    question.needsTranslation ? [{ field: `assessment.questions.${index}.needsTranslation`, rule: 'content.needsTranslation' as const, params: {} }] : [],
  );
  const found = [...shapeProblems, ...rules, ...flagged].map((p) => toField(p, language));
  return (bundled ? [...found, ...curriculumProblems(draft, slug)] : found).sort((a, b) => byPageOrder(a.field, b.field));
}

/** The editor's order of fields, so that a list of problems reads from the top of the page down. */
const PAGE_ORDER = ['title', 'summary', 'audience', 'minutes', 'validityMonths', 'competencies', 'lessons', 'assessment', 'passMark', 'attempts', 'draw', 'questions', 'fr', 'en'];

function byPageOrder(a: string, b: string): number {
  const rank = (part: string) => (/^\d+$/.test(part) ? Number(part) : PAGE_ORDER.includes(part) ? PAGE_ORDER.indexOf(part) : PAGE_ORDER.length);
  const [left, right] = [a.split('.'), b.split('.')];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = rank(left[i]) - rank(right[i]);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** Advice shown to the author of an organisation's module, never a refusal: the curriculum minimums it misses. */
export function publishAdvice(draft: DraftDefinition, slug: string, language: Language, { bundled }: ModuleKind): FieldErrorDto[] {
  if (bundled) return [];
  return curriculumProblems(draft, slug).map(({ field, rule, messageKey, params }) => ({ field, rule, message: translate(language, messageKey!, params) }));
}
