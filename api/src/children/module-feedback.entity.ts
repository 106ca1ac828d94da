import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Module } from '../catalogue/entities/module.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

export const FACES = ['happy', 'neutral', 'sad'] as const;
export type Face = (typeof FACES)[number];
export const MODERATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/**
 * A child's anonymous "what did you think?" after a module. No user id, and only the day it was given,
 * so that the row cannot be traced back to the child (the enrolment only keeps a flag).
 */
@Entity('module_feedback')
@Check('ck_module_feedback_face', `"face" IN ('happy', 'neutral', 'sad')`)
@Check('ck_module_feedback_status', `"moderation_status" IN ('pending', 'approved', 'rejected')`)
export class ModuleFeedback {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_module_feedback' })
  id: string;

  @Index('ix_module_feedback_module')
  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_module_feedback_module' })
  module: Relation<Module>;

  @Index('ix_module_feedback_organisation')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_module_feedback_organisation' })
  organisation: Relation<Organisation>;

  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_module_feedback_cohort' })
  cohort: Relation<Cohort>;

  @Column({ type: 'varchar', length: 8 })
  face: Face;

  /** At most 500 characters, e-mail addresses and phone numbers removed; shown only once approved, never with a name. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  text: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  moderationStatus: ModerationStatus;

  @Column({ type: 'date', default: () => 'CURRENT_DATE' })
  givenOn: string;
}
