import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity.js';
import { Programme } from '../programmes/programme.entity.js';

export const COHORT_AUDIENCES = ['professional', 'child'] as const;
export type CohortAudience = (typeof COHORT_AUDIENCES)[number];

/** A group of one organisation following a list of modules, with dates and trainers. */
@Entity('cohorts')
@Check('ck_cohorts_audience', `"audience" IN ('professional', 'child')`)
@Check('ck_cohorts_dates', `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`)
export class Cohort {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cohorts' })
  id: string;

  @Index('ix_cohorts_organisation')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_cohorts_organisation' })
  organisation: Relation<Organisation>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** When set, the cohort follows this programme's modules and its members earn the programme certificate. */
  @Index('ix_cohorts_programme')
  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_cohorts_programme' })
  programme: Relation<Programme> | null;
  /** A children's group (`child`) takes only child-audience modules and child accounts; a professional one refuses both. */
  @Column({ type: 'varchar', length: 16, default: 'professional' })
  audience: CohortAudience;

  @Column({ type: 'date', nullable: true }) startsOn: string | null;
  @Column({ type: 'date', nullable: true }) endsOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
