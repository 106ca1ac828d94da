import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Audience } from '../../content/content.types.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { ModuleVersion } from './module-version.entity.js';

export type ModuleOrigin = 'content' | 'authored';

/** A course, identified by its slug; what learners study is one of its published versions. */
@Check('ck_modules_audience', `"audience" IN ('professional', 'child')`)
@Check('ck_modules_origin', `"origin" IN ('content', 'authored')`)
@Entity('modules')
export class Module {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_modules' })
  id: string;

  @Index('uq_modules_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Index('ix_modules_audience')
  @Column({ type: 'varchar', length: 16 })
  audience: Audience;

  /** Where the module is maintained: the bundled content/ folder, or the authoring space. */
  @Column({ type: 'varchar', length: 16, default: 'content' })
  origin: ModuleOrigin;

  @Column({ type: 'uuid', nullable: true })
  currentVersionId: string | null;

  @ManyToOne(() => ModuleVersion, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'current_version_id', foreignKeyConstraintName: 'fk_modules_current_version' })
  currentVersion: Relation<ModuleVersion> | null;

  @OneToMany(() => ModuleVersion, (version) => version.module)
  versions: Relation<ModuleVersion[]>;

  /** The organisation whose trainers maintain an authored module; null for bundled content (platform admins). */
  @Index('ix_modules_organisation')
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_modules_organisation' })
  organisation: Relation<Organisation> | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
