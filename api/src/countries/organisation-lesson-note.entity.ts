import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Module } from '../catalogue/entities/module.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../users/user.entity.js';

/**
 * An organisation's own note under one lesson of a module (local procedure, referral contacts), shown to its learners
 * only. Keyed by lesson position, so a new version of the module keeps the note.
 */
@Entity('organisation_lesson_notes')
export class OrganisationLessonNote {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_organisation_lesson_notes' }) organisationId: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_organisation_lesson_notes' }) moduleId: string;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_organisation_lesson_notes' }) lessonPosition: number;

  /** Markdown; either language may be empty (the reader then sees the other one). */
  @Column({ type: 'text' }) bodyFr: string;
  @Column({ type: 'text' }) bodyEn: string;

  @Column({ type: 'uuid', nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_organisation_lesson_notes_organisation' })
  organisation: Relation<Organisation>;

  @ManyToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_organisation_lesson_notes_module' })
  module: Relation<Module>;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_organisation_lesson_notes_updated_by' })
  updater: Relation<User> | null;
}
