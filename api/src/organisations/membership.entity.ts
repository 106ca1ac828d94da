import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { Organisation } from './organisation.entity.js';

export const ORGANISATION_ROLES = ['org_admin', 'trainer', 'trainee'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** A user's role in one organisation. */
@Entity('memberships')
@Check('ck_memberships_role', `"role" IN ('org_admin', 'trainer', 'trainee')`)
export class Membership {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_memberships' })
  userId: string;

  @Index('ix_memberships_organisation')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_memberships' })
  organisationId: string;

  @Column({ type: 'varchar', length: 16 })
  role: OrganisationRole;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user' })
  user: Relation<User>;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_memberships_organisation' })
  organisation: Relation<Organisation>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
