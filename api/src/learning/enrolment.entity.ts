import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ModuleVersion } from '../catalogue/entities/module-version.entity.js';
import { Module } from '../catalogue/entities/module.entity.js';
import { User } from '../users/user.entity.js';

/** A learner following one exact version of a module; newer versions never change it. */
@Entity('enrolments')
// One current enrolment per learner and version; a renewal supersedes the old one, which stays as history.
@Index('uq_enrolments_user_version_current', ['userId', 'moduleVersionId'], { unique: true, where: '"superseded_at" IS NULL' })
export class Enrolment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_enrolments' })
  id: string;

  @Index('ix_enrolments_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_enrolments_user' })
  user: Relation<User>;

  @Index('ix_enrolments_module')
  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => Module, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_enrolments_module' })
  module: Relation<Module>;

  @Index('ix_enrolments_module_version')
  @Column({ type: 'uuid' })
  moduleVersionId: string;

  @ManyToOne(() => ModuleVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_version_id', foreignKeyConstraintName: 'fk_enrolments_module_version' })
  moduleVersion: Relation<ModuleVersion>;

  /** Where the learner stopped, to resume there. */
  @Column({ type: 'int', default: 1 })
  lastLessonPosition: number;

  @CreateDateColumn({ type: 'timestamptz' }) enrolledAt: Date;

  /** Set when the learner renewed an expired certificate with a new enrolment on the same version. */
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  /**
   * A child gave the anonymous feedback on this module. A flag rather than a time, so that nothing links the
   * feedback row (which holds no user) back to the child by its timestamp.
   */
  @Column({ type: 'boolean', default: false })
  feedbackGiven: boolean;

  /** Every lesson read and the assessment passed. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
