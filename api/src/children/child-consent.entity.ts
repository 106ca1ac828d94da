import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../users/user.entity.js';

/** The organisation's record that a parent or guardian agreed; until it exists the child cannot learn. */
@Entity('child_consents')
export class ChildConsent {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_child_consents' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_child_consents_user' })
  user: Relation<User>;

  @Index('ix_child_consents_organisation')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_child_consents_organisation' })
  organisation: Relation<Organisation>;

  /** The adult who recorded it (null if that account was later deleted). */
  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_child_consents_recorded_by' })
  recorder: Relation<User>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
