import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CountryDefinition } from '../content/countries.schema.js';

/** The organisation whose country and notes a learner reads a module with. */
export interface LearnerOrganisation {
  id: string;
  name: string;
  country: CountryDefinition | undefined;
}

@Injectable()
export class NationalSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Makes country_settings what content/countries.yaml says (in the content load's transaction). */
  async syncDefinitions(countries: CountryDefinition[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM country_settings WHERE NOT (code = ANY($1::varchar[]))`, [countries.map((c) => c.code)]);
    for (const country of countries) {
      await manager.query(
        `INSERT INTO country_settings (code, definition) VALUES ($1, $2)
         ON CONFLICT (code) DO UPDATE SET definition = EXCLUDED.definition, updated_at = now()
          WHERE country_settings.definition IS DISTINCT FROM EXCLUDED.definition`,
        [country.code, JSON.stringify(country)],
      );
    }
  }

  /**
   * A learner's organisation for one module: the one whose cohort assigned it (the earliest such cohort), else the
   * first organisation they joined, else the first whose group they are in (children belong through groups only).
   * None for someone outside every organisation.
   */
  async learnerOrganisation(userId: string, moduleId: string): Promise<LearnerOrganisation | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT o.id, o.name, s.definition AS country
         FROM (SELECT c.organisation_id AS id, 0 AS rank, cm.added_at AS since
                 FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id
                 JOIN cohort_modules x ON x.cohort_id = c.id AND x.module_id = $2
                WHERE cm.user_id = $1
               UNION ALL
               SELECT m.organisation_id, 1, m.created_at FROM memberships m WHERE m.user_id = $1
               UNION ALL
               SELECT c.organisation_id, 2, cm.added_at FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id WHERE cm.user_id = $1) p
         JOIN organisations o ON o.id = p.id
         LEFT JOIN country_settings s ON s.code = o.country
        ORDER BY p.rank, p.since, o.id
        LIMIT 1`,
      [userId, moduleId],
    );
    return row ? { id: row.id, name: row.name, country: row.country ?? undefined } : undefined;
  }
}
