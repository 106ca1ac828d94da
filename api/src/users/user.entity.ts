import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../common/i18n/language.js';

export type PlatformRole = 'admin';

export const SECTORS = ['police', 'justice', 'social_work', 'education', 'health', 'community', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
export const GENDERS = ['woman', 'man', 'another', 'prefer_not_to_say'] as const;
export type Gender = (typeof GENDERS)[number];
export const ACCOUNT_KINDS = ['adult', 'child'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export const AGE_BANDS = ['10-12', '13-15', '16-17'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const SECRET_KINDS = ['pin', 'pictures'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

/** A person with an account. A child's account has no e-mail and no password: a username and a PIN or picture password. */
@Entity('users')
@Check('ck_users_language', `"preferred_language" IN ('fr', 'en')`)
@Check('ck_users_platform_role', `"platform_role" IS NULL OR "platform_role" = 'admin'`)
@Check('ck_users_sector', `"sector" IS NULL OR "sector" IN ('police', 'justice', 'social_work', 'education', 'health', 'community', 'other')`)
@Check('ck_users_gender', `"gender" IS NULL OR "gender" IN ('woman', 'man', 'another', 'prefer_not_to_say')`)
@Check('ck_users_account_kind', `"account_kind" IN ('adult', 'child')`)
@Check('ck_users_child_no_platform_role', `"account_kind" = 'adult' OR "platform_role" IS NULL`)
@Check('ck_users_age_band', `"age_band" IS NULL OR "age_band" IN ('10-12', '13-15', '16-17')`)
@Check('ck_users_secret_kind', `"secret_kind" IS NULL OR "secret_kind" IN ('pin', 'pictures')`)
// A child's account never holds an e-mail, a password or the adults' profile fields, whatever code writes it.
@Check(
  'ck_users_child_fields',
  `"account_kind" = 'adult' OR ("email" IS NULL AND "password_hash" IS NULL AND "sector" IS NULL AND "job_title" IS NULL AND "country" IS NULL AND "gender" IS NULL)`,
)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  /** Stored trimmed and lowercased: the login identifier. */
  @Index('uq_users_email', { unique: true, where: '"email" IS NOT NULL' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** When the holder proved they receive mail at `email` (a link mailed to it); only then may a credential name it. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'varchar', length: 80 })
  displayName: string;

  /** argon2id PHC string; never leaves the server. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  preferredLanguage: Language;

  @Column({ type: 'varchar', length: 16, nullable: true })
  platformRole: PlatformRole | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  // Optional and self-declared; only the person sees them one by one, reports use them in aggregate (groups under five hidden).
  @Column({ type: 'varchar', length: 16, nullable: true }) sector: Sector | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) jobTitle: string | null;
  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2, nullable: true }) country: string | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) gender: Gender | null;
  /**
   * When the person last saved these fields themself. Values an organisation imported before invitations existed
   * have none, and breakdowns count them as not stated.
   */
  @Column({ type: 'timestamptz', nullable: true }) profileDeclaredAt: Date | null;
  /** Secret random draw behind the person's randomised answer in breakdowns (see reports/breakdown-noise.ts); never shown. */
  // Written as TypeORM reads PostgreSQL's stored expression back (casts stripped), so that the drift check finds no change.
  @Column({ type: 'int', default: () => '(floor((random() * (2147483647))))' }) breakdownSeed: number;

  @Column({ type: 'varchar', length: 8, default: 'adult' })
  accountKind: AccountKind;

  // Children only (see docs/privacy.md): how a child logs in, and nothing more about them.
  /** Generated from the nickname (`lina-4821`); null once the child's data is deleted. */
  @Index('uq_users_username', { unique: true, where: '"username" IS NOT NULL' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  username: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true }) ageBand: AgeBand | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) secretKind: SecretKind | null;
  /** argon2id of the PIN or picture sequence; never leaves the server. */
  @Column({ type: 'varchar', length: 255, nullable: true }) secretHash: string | null;
  @Column({ type: 'int', default: 0 }) failedSecretAttempts: number;
  /** Set after too many wrong secrets in a row; a trainer of the group or an org admin clears it. */
  @Column({ type: 'timestamptz', nullable: true }) lockedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastActiveAt: Date | null;
  /** Set when an org admin deleted the child's data: the row stays only as an anonymous tombstone for cohort totals. */
  @Column({ type: 'timestamptz', nullable: true }) anonymisedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
