import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/**
 * An operation a device queued while offline (an answer, a lesson read), recorded when applied, so that the same
 * operation sent again — a retry after a lost acknowledgement — is acknowledged without being applied twice.
 */
@Entity('applied_operations')
export class AppliedOperation {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_applied_operations' })
  userId: string;

  /** Made on the device, one per operation; the same id on every retry. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_applied_operations' })
  opId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_applied_operations_user' })
  user: Relation<User>;

  @Column({ type: 'varchar', length: 20 })
  kind: 'answer' | 'lesson_read';

  @CreateDateColumn({ type: 'timestamptz' }) appliedAt: Date;
}
