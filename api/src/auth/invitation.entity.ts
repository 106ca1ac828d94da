import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../users/user.entity.js';

/**
 * An organisation's invitation to an e-mail address: the person joins (and, for a roster import, the cohort) only by
 * accepting it while logged in with that address. Until then the organisation knows the address and nothing else.
 *
 * Rows without an organisation are older links with which a person whose account an organisation created chose their
 * password; none are made any more, the links already given keep working once.
 */
@Entity('invitations')
@Check('ck_invitations_kind', `"organisation_id" IS NULL AND "user_id" IS NOT NULL OR "organisation_id" IS NOT NULL AND "email" IS NOT NULL AND "role" IS NOT NULL`)
@Check('ck_invitations_role', `"role" IS NULL OR "role" IN ('org_admin', 'trainer', 'trainee')`)
export class Invitation {
  /** SHA-256 of the token in the link; the token itself is shown once to the org admin. */
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_invitations' })
  tokenHash: string;

  /** What the invited person and the organisation use to name the invitation (never the token). */
  @Index('uq_invitations_id', { unique: true })
  @Column({ type: 'uuid' })
  @Generated('uuid')
  id: string;

  /** The account that accepted (or, for an older password link, the account it opens). */
  @Index('ix_invitations_user')
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_invitations_user' })
  user: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_invitations_organisation' })
  organisation: Relation<Organisation> | null;

  /** The address as the organisation typed it (trimmed, lowercased). */
  @Index('ix_invitations_email')
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  role: 'org_admin' | 'trainer' | 'trainee' | null;

  /** The cohort a roster import invited to; joined on acceptance. */
  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_invitations_cohort' })
  cohort: Relation<Cohort> | null;

  @Column({ type: 'uuid', nullable: true })
  invitedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'fk_invitations_invited_by' })
  inviter: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  /** Accepted (or, for an older password link, used). */
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
  /** Declined by the invited person; the organisation still sees "invited" until it expires. */
  @Column({ type: 'timestamptz', nullable: true }) declinedAt: Date | null;
}
