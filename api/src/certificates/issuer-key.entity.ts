import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The credential signing key when none is configured: generated on first start, never sent or logged. */
@Entity('issuer_keys')
export class IssuerKeyRecord {
  /** Always 1: one key for the platform. */
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_issuer_keys' })
  id: number;

  @Column({ type: 'text' })
  serialised: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
