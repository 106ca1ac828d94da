import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Competency } from '../../competencies/competency.entity.js';
import type { Item, Localized, Option, Pair, QuestionType } from '../../content/content.types.js';
import { ModuleVersion } from './module-version.entity.js';

/** The type-specific part of a question, correct answers included: never sent before submission. */
export type QuestionSpec =
  | { options: Option[] }
  | { answer: boolean }
  | { items: Item[] }
  | { pairs: Pair[] }
  | { accepted: { fr: string[]; en: string[] } };

/** One question of a module version's assessment pool. */
@Check('ck_questions_type', `"type" IN ('single_choice', 'multiple_choice', 'true_false', 'ordering', 'matching', 'short_text')`)
@Entity('questions')
@Unique('uq_questions_key', ['moduleVersionId', 'key'])
export class Question {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_questions' })
  id: string;

  @Column({ type: 'uuid' })
  moduleVersionId: string;

  @ManyToOne(() => ModuleVersion, (version) => version.questions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_version_id', foreignKeyConstraintName: 'fk_questions_module_version' })
  moduleVersion: Relation<ModuleVersion>;

  /** The author's id, stable across versions. */
  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  type: QuestionType;

  @Index('ix_questions_competency')
  @Column({ type: 'varchar', length: 16 })
  competencyCode: string;

  @ManyToOne(() => Competency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_code', foreignKeyConstraintName: 'fk_questions_competency' })
  competency: Relation<Competency>;

  @Column({ type: 'int', default: 1 })
  points: number;

  /** The lesson to reread when the question is missed: a lesson name of the same version, matched without its number. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  lessonKey: string | null;

  @Column({ type: 'jsonb' }) prompt: Localized;
  @Column({ type: 'jsonb' }) feedback: Localized;
  @Column({ type: 'jsonb' }) spec: QuestionSpec;
}
