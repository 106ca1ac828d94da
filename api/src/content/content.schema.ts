import { z } from 'zod';
import { AUDIENCES } from './content.types.js';

const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
export const localized = z.object({ fr: text, en: text }, { error: 'needs both "fr" and "en"' }).strict();
const id = z.string({ error: 'must be text' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens');
/** The most questions one assessment pool may hold. */
export const MAX_POOL = 500;
const competencyCode = z.string({ error: 'must be a competency code' }).regex(/^C\d+$/, 'must look like C1');

export const competenciesFileSchema = z
  .object({
    competencies: z
      .array(
        z
          .object({
            code: competencyCode,
            title: localized,
            description: localized,
            indicators: z.array(localized).min(3, 'needs 3 to 5 indicators').max(5, 'needs 3 to 5 indicators'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/**
 * The module, lesson and assessment shapes, in two strictnesses from one definition: `published` is what
 * content/ and a publication demand; `draft` is what an authoring draft may hold on the way there — texts may be
 * empty and lists short, but every question keeps the structure that makes it answerable (checked by content-rules).
 */
function moduleSchemas(strictness: 'published' | 'draft') {
  const draft = strictness === 'draft';
  const someText = draft ? z.string({ error: 'must be text' }).trim().max(50_000) : text;
  const texts = z.object({ fr: someText, en: someText }, { error: 'needs both "fr" and "en"' }).strict();
  const code = draft ? z.union([competencyCode, z.literal('')]) : competencyCode;
  const atLeast = <T extends z.ZodTypeAny>(schema: z.ZodArray<T>, minimum: number, message: string) => (draft ? schema : schema.min(minimum, message));

  const questionBase = {
    id,
    competency: code,
    points: z.number().int().min(1).max(100).default(1),
    prompt: texts,
    feedback: texts,
    // The lesson to reread when the question is missed: a lesson's name (`what-is-a-right`, its number optional).
    lesson: z.string({ error: 'must be text' }).regex(/^(\d{2}-)?[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lesson name: lowercase letters, digits and hyphens').max(100).optional(),
    // A review marker of drafts (imported questions): publishing refuses until a person clears it.
    ...(draft ? { needsTranslation: z.boolean().optional() } : {}),
  };
  const option = texts.extend({ id, correct: z.boolean().optional() }).strict();
  const item = texts.extend({ id }).strict();
  const pair = z.object({ id, left: texts, right: texts }).strict();
  const variants = draft ? z.array(z.string().trim().max(500)).max(50) : z.array(text).min(1, 'needs at least one accepted answer');

  const question = z.discriminatedUnion(
    'type',
    [
      z.object({ ...questionBase, type: z.literal('single_choice'), options: z.array(option).min(2, 'needs at least 2 options') }).strict(),
      z.object({ ...questionBase, type: z.literal('multiple_choice'), options: z.array(option).min(3, 'needs at least 3 options') }).strict(),
      z.object({ ...questionBase, type: z.literal('true_false'), answer: z.boolean({ error: 'must be true or false' }) }).strict(),
      z.object({ ...questionBase, type: z.literal('ordering'), items: z.array(item).min(3, 'needs at least 3 items') }).strict(),
      z.object({ ...questionBase, type: z.literal('matching'), pairs: z.array(pair).min(3, 'needs at least 3 pairs') }).strict(),
      z.object({ ...questionBase, type: z.literal('short_text'), accepted: z.object({ fr: variants, en: variants }).strict() }).strict(),
    ],
    { error: 'type must be one of single_choice, multiple_choice, true_false, ordering, matching, short_text' },
  );

  const moduleFile = z
    .object({
      slug: id,
      audience: z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` }),
      minutes: z.number().int().min(1).max(6000),
      competencies: atLeast(z.array(competencyCode), 1, 'needs at least one competency'),
      validityMonths: z.number().int().min(1).max(240).optional(),
      title: texts,
      summary: texts,
    })
    .strict();

  const assessmentFile = z
    .object({
      passMark: z.number().int().min(1).max(100),
      attempts: z.number().int().min(0).max(100),
      draw: z.number().int().min(1),
      questions: atLeast(z.array(question), 1, 'needs at least one question').max(MAX_POOL),
    })
    .strict();

  /** A lesson as the authoring API carries it (content/ spreads it over two Markdown files). */
  const lesson = z
    .object({
      key: z.string({ error: 'must be text' }).regex(/^(\d{2}-)?[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens').max(100),
      position: z.number().int().min(1).optional(),
      title: texts,
      body: texts,
    })
    .strict();

  const moduleDefinition = moduleFile.extend({
    lessons: atLeast(z.array(lesson), 1, 'needs at least one lesson').max(30),
    assessment: assessmentFile,
  });

  return { question, moduleFile, assessmentFile, lesson, moduleDefinition };
}

const published = moduleSchemas('published');
export const moduleFileSchema = published.moduleFile;
export const questionSchema = published.question;
export const assessmentFileSchema = published.assessmentFile;
/** A whole module in one object, as publishing demands it. */
export const moduleDefinitionSchema = published.moduleDefinition;

const draft = moduleSchemas('draft');
/** A whole module as an authoring draft may hold it: partial, but of the right shape. */
export const draftDefinitionSchema = draft.moduleDefinition.extend({ slug: draft.moduleDefinition.shape.slug.optional() });
export type DraftDefinition = z.infer<typeof draftDefinitionSchema>;
export const draftQuestionSchema = draft.question;
export type DraftQuestion = z.infer<typeof draft.question>;

export const programmesFileSchema = z
  .object({
    programmes: z.array(
      z
        .object({
          slug: id,
          title: localized,
          summary: localized,
          modules: z.array(id).min(2, 'a programme needs at least 2 modules'),
        })
        .strict(),
    ),
  })
  .strict();
