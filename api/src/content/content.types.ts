import type { CountryDefinition } from './countries.schema.js';
export const AUDIENCES = ['professional', 'child'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'ordering', 'matching', 'short_text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Localized {
  fr: string;
  en: string;
}

export interface CompetencyDefinition {
  code: string;
  title: Localized;
  description: Localized;
  indicators: Localized[];
}

export interface LessonDefinition {
  /** File stem without language, e.g. `01-what-is-a-right`. */
  key: string;
  position: number;
  title: Localized;
  /** Markdown without the title heading. */
  body: Localized;
}

interface QuestionBase {
  id: string;
  competency: string;
  points: number;
  prompt: Localized;
  feedback: Localized;
  /** The name of the lesson to reread when the question is missed. */
  lesson?: string;
}
export type Option = Localized & { id: string; correct?: boolean };
export type Item = Localized & { id: string };
export interface Pair {
  id: string;
  left: Localized;
  right: Localized;
}

export type QuestionDefinition = QuestionBase &
  (
    | { type: 'single_choice' | 'multiple_choice'; options: Option[] }
    | { type: 'true_false'; answer: boolean }
    | { type: 'ordering'; items: Item[] }
    | { type: 'matching'; pairs: Pair[] }
    | { type: 'short_text'; accepted: { fr: string[]; en: string[] } }
  );

export interface AssessmentDefinition {
  passMark: number;
  /** 0 means unlimited. */
  attempts: number;
  draw: number;
  questions: QuestionDefinition[];
}

export interface ModuleDefinition {
  slug: string;
  audience: Audience;
  minutes: number;
  competencies: string[];
  validityMonths?: number;
  title: Localized;
  summary: Localized;
  lessons: LessonDefinition[];
  assessment: AssessmentDefinition;
}

export interface ProgrammeDefinition {
  slug: string;
  title: Localized;
  summary: Localized;
  /** Module slugs, in the order learners follow them. */
  modules: string[];
}

export interface ContentBundle {
  competencies: CompetencyDefinition[];
  modules: ModuleDefinition[];
  programmes: ProgrammeDefinition[];
  countries: CountryDefinition[];
}

export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}
