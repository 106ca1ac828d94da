import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

export const ACCOUNT_TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** A single-use, expiring link sent by e-mail (or made by an org admin): confirms an address, or sets a new password. */
@Entity('account_tokens')
@Check('ck_account_tokens_purpose', `"purpose" IN ('verify_email', 'reset_password')`)
export class AccountToken {
  /** SHA-256 of the token in the link; the token itself exists only in the message (or the org admin's answer). */
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_account_tokens' })
  tokenHash: string;

  @Index('ix_account_tokens_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_account_tokens_user' })
  user: Relation<User>;

  @Column({ type: 'varchar', length: 16 })
  purpose: AccountTokenPurpose;

  /** The address the link was mailed to: it proves that address only while the account still has it. Null when an org admin made the link. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** The org admin who made the link, for the record. */
  @Column({ type: 'uuid', nullable: true })
  issuedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by', foreignKeyConstraintName: 'fk_account_tokens_issued_by' })
  issuer: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
}
