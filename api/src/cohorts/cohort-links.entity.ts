import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Module } from '../catalogue/entities/module.entity.js';
import { User } from '../users/user.entity.js';
import { Cohort } from './cohort.entity.js';

/** The modules a cohort follows, in order. */
@Entity('cohort_modules')
export class CohortModule {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_modules' }) cohortId: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_modules' }) moduleId: string;
  @Column({ type: 'int' }) position: number;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_modules_cohort' })
  cohort: Relation<Cohort>;

  @ManyToOne(() => Module, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_cohort_modules_module' })
  module: Relation<Module>;
}

/** A learner of the cohort. */
@Entity('cohort_members')
export class CohortMember {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_members' }) cohortId: string;
  @Index('ix_cohort_members_user')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_members' })
  userId: string;
  @CreateDateColumn({ type: 'timestamptz' }) addedAt: Date;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_members_cohort' })
  cohort: Relation<Cohort>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cohort_members_user' })
  user: Relation<User>;
}

/** A trainer who runs the cohort and sees its dashboard. */
@Entity('cohort_trainers')
export class CohortTrainer {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_trainers' }) cohortId: string;
  @Index('ix_cohort_trainers_user')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_trainers' })
  userId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_trainers_cohort' })
  cohort: Relation<Cohort>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cohort_trainers_user' })
  user: Relation<User>;
}
