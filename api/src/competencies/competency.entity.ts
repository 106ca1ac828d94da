import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Localized } from '../content/content.types.js';

/** One key competency of the framework (C1 … C8). */
@Entity('competencies')
export class Competency {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_competencies' })
  code: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' }) titleFr: string;
  @Column({ type: 'text' }) titleEn: string;
  @Column({ type: 'text' }) descriptionFr: string;
  @Column({ type: 'text' }) descriptionEn: string;

  @Column({ type: 'jsonb' })
  indicators: Localized[];

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
