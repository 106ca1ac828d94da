import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CountryDefinition } from '../content/countries.schema.js';

/** One country's national values, as content/countries.yaml holds them (loaded on start, never edited in the app). */
@Entity('country_settings')
export class CountrySetting {
  /** ISO 3166-1 alpha-2, as organisations.country. */
  @PrimaryColumn({ type: 'varchar', length: 2, primaryKeyConstraintName: 'pk_country_settings' })
  code: string;

  /** Every value with its source, date checked and verified flag: lessons read it whole, never a part of it. */
  @Column({ type: 'jsonb' })
  definition: CountryDefinition;

  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
