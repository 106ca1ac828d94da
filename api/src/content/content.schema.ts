import { z } from 'zod';
import { AUDIENCES } from './content.types.js';

const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
export const localized = z.object({ fr: text, en: text }, { error: 'needs both "fr" and "en"' }).strict();
const id = z.string({ error: 'must be text' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens');
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

export const moduleFileSchema = z
  .object({
    slug: id,
    audience: z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` }),
    minutes: z.number().int().min(1).max(6000),
    competencies: z.array(competencyCode).min(1, 'needs at least one competency'),
    validityMonths: z.number().int().min(1).max(240).optional(),
    title: localized,
    summary: localized,
  })
  .strict();

const questionBase = {
  id,
  competency: competencyCode,
  points: z.number().int().min(1).max(100).default(1),
  prompt: localized,
  feedback: localized,
};
const option = localized.extend({ id, correct: z.boolean().optional() }).strict();
const item = localized.extend({ id }).strict();
const pair = z.object({ id, left: localized, right: localized }).strict();
const variants = z.array(text).min(1, 'needs at least one accepted answer');

export const questionSchema = z.discriminatedUnion(
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

export const assessmentFileSchema = z
  .object({
    passMark: z.number().int().min(1).max(100),
    attempts: z.number().int().min(0).max(100),
    draw: z.number().int().min(1),
    questions: z.array(questionSchema).min(1),
  })
  .strict();

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
