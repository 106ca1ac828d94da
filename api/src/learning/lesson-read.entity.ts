import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Lesson } from '../catalogue/entities/lesson.entity.js';
import { Enrolment } from './enrolment.entity.js';

/** A lesson the learner read to its end, once per enrolment. */
@Entity('lesson_reads')
export class LessonRead {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_reads' })
  enrolmentId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_reads' })
  lessonId: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_lesson_reads_enrolment' })
  enrolment: Relation<Enrolment>;

  @ManyToOne(() => Lesson, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'fk_lesson_reads_lesson' })
  lesson: Relation<Lesson>;

  @CreateDateColumn({ type: 'timestamptz' }) readAt: Date;
}
