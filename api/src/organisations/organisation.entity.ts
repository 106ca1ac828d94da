import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_KINDS = ['school', 'training_centre', 'association', 'network', 'public_institution'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A school, training centre, association, network or public institution whose members train on Clef. */
@Entity('organisations')
@Check('ck_organisations_kind', `"kind" IN ('school', 'training_centre', 'association', 'network', 'public_institution')`)
export class Organisation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organisations' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: OrganisationKind;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
