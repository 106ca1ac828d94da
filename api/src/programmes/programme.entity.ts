import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Module } from '../catalogue/entities/module.entity.js';
import type { Audience } from '../content/content.types.js';

/** A certification track: an ordered list of modules whose completion earns a programme certificate. */
@Entity('programmes')
@Check('ck_programmes_audience', `"audience" IN ('professional', 'child')`)
export class Programme {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_programmes' })
  id: string;

  @Index('uq_programmes_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Column({ type: 'varchar', length: 16 }) audience: Audience;
  @Column({ type: 'varchar', length: 200 }) titleFr: string;
  @Column({ type: 'varchar', length: 200 }) titleEn: string;
  @Column({ type: 'text' }) summaryFr: string;
  @Column({ type: 'text' }) summaryEn: string;

  /** Set when the programme left content/: certificates already issued keep pointing to it. */
  @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('programme_modules')
export class ProgrammeModule {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_programme_modules' }) programmeId: string;
  @Index('ix_programme_modules_module')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_programme_modules' })
  moduleId: string;
  @Column({ type: 'int' }) position: number;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_modules_programme' })
  programme: Relation<Programme>;

  @ManyToOne(() => Module, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_programme_modules_module' })
  module: Relation<Module>;
}
