import { Check, Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Module } from '../catalogue/entities/module.entity.js';
import type { DraftDefinition } from '../content/content.schema.js';
import { User } from '../users/user.entity.js';

/** The one work-in-progress of a module: saved as the trainer types, published as the next version. */
@Entity('module_drafts')
@Check('ck_module_drafts_revision', `"revision" >= 1`)
export class ModuleDraft {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_module_drafts' })
  moduleId: string;

  @OneToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_module_drafts_module' })
  module: Relation<Module>;

  /** A ModuleDefinition, possibly incomplete (see draftDefinitionSchema). */
  @Column({ type: 'jsonb' })
  definition: DraftDefinition;

  /** Bumped by every save; a save naming an older revision is refused (optimistic locking). */
  @Column({ type: 'int', default: 1 })
  revision: number;

  /** The version number the draft started from; null for a module never published. */
  @Column({ type: 'int', nullable: true })
  basedOnVersion: number | null;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_module_drafts_updated_by' })
  updater: Relation<User> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
