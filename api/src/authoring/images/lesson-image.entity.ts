import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Module } from '../../catalogue/entities/module.entity.js';
import { User } from '../../users/user.entity.js';

/**
 * An image of a module's lessons, already resized and re-encoded (WebP, no metadata), named by the SHA-256 of its
 * bytes: its URL never changes meaning, so it is served as immutable. Kept per module, so that deleting a module
 * deletes its images without touching another module holding the same picture.
 */
@Entity('lesson_images')
@Index('ix_lesson_images_hash', ['hash'])
export class LessonImage {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_images' })
  moduleId: string;

  @ManyToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_lesson_images_module' })
  module: Relation<Module>;

  /** Hex SHA-256 of `data`. */
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'pk_lesson_images' })
  hash: string;

  @Column({ type: 'varchar', length: 32 })
  contentType: string;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  @Column({ type: 'bytea' })
  data: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'fk_lesson_images_uploaded_by' })
  uploader: Relation<User> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
