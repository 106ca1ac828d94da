import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Competency } from '../../competencies/competency.entity.js';
import { ModuleVersion } from './module-version.entity.js';

/** The competencies a module version builds, in the order the author gave. */
@Entity('module_version_competencies')
export class ModuleVersionCompetency {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_module_version_competencies' })
  moduleVersionId: string;

  @Index('ix_module_version_competencies_code')
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_module_version_competencies' })
  competencyCode: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => ModuleVersion, (version) => version.competencies, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_version_id', foreignKeyConstraintName: 'fk_mvc_module_version' })
  moduleVersion: Relation<ModuleVersion>;

  @ManyToOne(() => Competency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_code', foreignKeyConstraintName: 'fk_mvc_competency' })
  competency: Relation<Competency>;
}
