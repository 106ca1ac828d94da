import type { Schemas } from '../../api/client';

export type Definition = Schemas['ModuleDefinitionDto'];
export type Lesson = Schemas['LessonDefinitionDto'];
export type Question = Schemas['QuestionDefinitionDto'];
export type QuestionType = Question['type'];
export type Draft = Schemas['DraftDto'];
export type Localized = { fr: string; en: string };
export type FieldProblem = { field: string; message: string };

export const QUESTION_TYPES: QuestionType[] = ['single_choice', 'multiple_choice', 'true_false', 'ordering', 'matching', 'short_text'];
export const BOTH = ['fr', 'en'] as const;
