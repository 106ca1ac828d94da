import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Enrolment } from '../learning/enrolment.entity.js';
import type { DrawnQuestion, LearnerAnswer, QuestionResult } from './attempt.types.js';

/** One try at a module version's assessment: the questions drawn, the answers saved, the grade. */
@Entity('attempts')
@Unique('uq_attempts_number', ['enrolmentId', 'number'])
@Index('uq_attempts_one_in_progress', ['enrolmentId'], { unique: true, where: `"status" = 'in_progress'` })
@Check('ck_attempts_status', `"status" IN ('in_progress', 'submitted')`)
export class Attempt {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_attempts' })
  id: string;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_attempts_enrolment' })
  enrolment: Relation<Enrolment>;

  /** The owner, kept here so that every access check is one indexed comparison. */
  @Index('ix_attempts_user')
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 16, default: 'in_progress' })
  status: 'in_progress' | 'submitted';

  /** Questions in the order shown, with option orders and the opaque tokens of this attempt. */
  @Column({ type: 'jsonb' })
  draw: DrawnQuestion[];

  /** Saved as the learner answers: question id → answer. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  answers: Record<string, LearnerAnswer>;

  /**
   * When each saved answer was given (question id → ISO time, the device's clock capped at the server's), so that an
   * older answer arriving late from a device's outbox never replaces a newer one.
   */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  answeredAt: Record<string, string>;

  @Column({ type: 'jsonb', nullable: true })
  results: QuestionResult[] | null;

  @Column({ type: 'int', nullable: true }) pointsEarned: number | null;
  @Column({ type: 'int', nullable: true }) pointsPossible: number | null;
  @Column({ type: 'int', nullable: true }) scorePercent: number | null;
  @Column({ type: 'boolean', nullable: true }) passed: boolean | null;

  /** The client's key of the submission that graded this attempt (a second submit with the same key gets the same result; another key is refused). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  submissionKey: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' }) startedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
}
