import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ModuleVersion } from '../catalogue/entities/module-version.entity.js';
import { Enrolment } from '../learning/enrolment.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { User } from '../users/user.entity.js';

/**
 * Issued once per completed enrolment (a module certificate), or once per person and programme when every module of the
 * programme is completed (a programme certificate): the PDF and the signed credential are made from it.
 */
@Entity('certificates')
@Check('ck_certificates_kind', `("programme_id" IS NULL) = ("module_version_id" IS NOT NULL) AND ("module_version_id" IS NULL) = ("enrolment_id" IS NULL)`)
@Index('uq_certificates_user_programme', ['userId', 'programmeId'], { unique: true, where: '"programme_id" IS NOT NULL' })
export class Certificate {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_certificates' })
  id: string;

  /** Short, human-typable verification code (Crockford base 32, grouped by four). */
  @Index('uq_certificates_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Index('ix_certificates_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_certificates_user' })
  user: Relation<User>;

  @Index('uq_certificates_enrolment', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  enrolmentId: string | null;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_certificates_enrolment' })
  enrolment: Relation<Enrolment>;

  @Column({ type: 'uuid', nullable: true })
  moduleVersionId: string | null;

  @ManyToOne(() => ModuleVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_version_id', foreignKeyConstraintName: 'fk_certificates_module_version' })
  moduleVersion: Relation<ModuleVersion>;

  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_certificates_programme' })
  programme: Relation<Programme> | null;

  /** The name as it was when issued. */
  @Column({ type: 'varchar', length: 80 })
  holderName: string;

  @CreateDateColumn({ type: 'timestamptz' }) issuedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The certificate's bit in the revocation status list. */
  @Index('uq_certificates_status_index', { unique: true })
  @Column({ type: 'int' })
  @Generated('increment')
  statusIndex: number;

  @Column({ type: 'jsonb', nullable: true })
  credential: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;
}
