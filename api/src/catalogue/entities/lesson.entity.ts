import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { ModuleVersion } from './module-version.entity.js';

/** An ordered part of a module version: title and Markdown body in French and English. */
@Entity('lessons')
@Unique('uq_lessons_position', ['moduleVersionId', 'position'])
export class Lesson {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_lessons' })
  id: string;

  @Column({ type: 'uuid' })
  moduleVersionId: string;

  @ManyToOne(() => ModuleVersion, (version) => version.lessons, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_version_id', foreignKeyConstraintName: 'fk_lessons_module_version' })
  moduleVersion: Relation<ModuleVersion>;

  /** 1-based order within the version. */
  @Column({ type: 'int' })
  position: number;

  /** Stable name across versions, e.g. `01-what-is-a-right`. */
  @Column({ type: 'varchar', length: 120 })
  key: string;

  @Column({ type: 'text' }) titleFr: string;
  @Column({ type: 'text' }) titleEn: string;
  @Column({ type: 'text' }) bodyFr: string;
  @Column({ type: 'text' }) bodyEn: string;
}
