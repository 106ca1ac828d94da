import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { User } from '../../users/user.entity.js';
import { Lesson } from './lesson.entity.js';
import { Module } from './module.entity.js';
import { ModuleVersionCompetency } from './module-version-competency.entity.js';
import { Question } from './question.entity.js';

/** A frozen state of a module: learners, attempts and certificates point to exactly one. */
@Check('ck_module_versions_status', `"status" IN ('draft', 'published')`)
@Check('ck_module_versions_pass_mark', `"pass_mark" BETWEEN 1 AND 100`)
@Entity('module_versions')
@Unique('uq_module_versions_number', ['moduleId', 'number'])
export class ModuleVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_module_versions' })
  id: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => Module, (module) => module.versions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_module_versions_module' })
  module: Relation<Module>;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 16, default: 'published' })
  status: 'draft' | 'published';

  @Column({ type: 'text' }) titleFr: string;
  @Column({ type: 'text' }) titleEn: string;
  @Column({ type: 'text' }) summaryFr: string;
  @Column({ type: 'text' }) summaryEn: string;

  /** Title and summary lowercased without accents, for search (trigram indexes in the migration). */
  @Index('ix_module_versions_search_fr', { synchronize: false })
  @Column({ type: 'text' })
  searchFr: string;

  @Index('ix_module_versions_search_en', { synchronize: false })
  @Column({ type: 'text' })
  searchEn: string;

  @Column({ type: 'int' }) minutes: number;
  @Column({ type: 'int', nullable: true }) validityMonths: number | null;
  @Column({ type: 'int' }) passMark: number;
  /** 0 means unlimited. */
  @Column({ type: 'int' }) attemptsAllowed: number;
  @Column({ type: 'int' }) drawCount: number;

  /** SHA-256 of the module's definition: loading unchanged content creates no version. */
  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Who published it from the authoring space; null when it came from content/. */
  @Column({ type: 'uuid', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'fk_module_versions_published_by' })
  publisher: Relation<User> | null;

  @OneToMany(() => Lesson, (lesson) => lesson.moduleVersion)
  lessons: Relation<Lesson[]>;

  @OneToMany(() => Question, (question) => question.moduleVersion)
  questions: Relation<Question[]>;

  @OneToMany(() => ModuleVersionCompetency, (link) => link.moduleVersion)
  competencies: Relation<ModuleVersionCompetency[]>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
