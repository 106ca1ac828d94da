import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity.js';
import { User } from '../users/user.entity.js';

/** The short code children type to join a children's group. One live code per group: regenerating revokes the old one. */
@Entity('class_codes')
@Index('uq_class_codes_cohort_live', ['cohortId'], { unique: true, where: '"revoked_at" IS NULL' })
export class ClassCode {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_class_codes' })
  id: string;

  /** Six symbols without the look-alikes 0, O, 1, I, L; stored without the dash, in capitals. */
  @Index('uq_class_codes_code', { unique: true })
  @Column({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_class_codes_cohort' })
  cohort: Relation<Cohort>;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_class_codes_created_by' })
  creator: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
