import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../common/i18n/language.js';

export type PlatformRole = 'admin';

export const SECTORS = ['police', 'justice', 'social_work', 'education', 'health', 'community', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
export const GENDERS = ['woman', 'man', 'another', 'prefer_not_to_say'] as const;
export type Gender = (typeof GENDERS)[number];

/** A person with an account. Children's accounts (later) have no e-mail. */
@Entity('users')
@Check('ck_users_language', `"preferred_language" IN ('fr', 'en')`)
@Check('ck_users_platform_role', `"platform_role" IS NULL OR "platform_role" = 'admin'`)
@Check('ck_users_sector', `"sector" IS NULL OR "sector" IN ('police', 'justice', 'social_work', 'education', 'health', 'community', 'other')`)
@Check('ck_users_gender', `"gender" IS NULL OR "gender" IN ('woman', 'man', 'another', 'prefer_not_to_say')`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  /** Stored trimmed and lowercased: the login identifier. */
  @Index('uq_users_email', { unique: true, where: '"email" IS NOT NULL' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

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

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
