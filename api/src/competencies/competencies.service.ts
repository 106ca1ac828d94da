import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Language } from '../common/i18n/language.js';
import { stableHash } from '../common/text/stable-hash.js';
import type { Audience, CompetencyDefinition, Localized } from '../content/content.types.js';
import { Competency } from './competency.entity.js';
import type { CompetencyDto } from './dto/competency.dto.js';
import { localizedColumn } from '../common/i18n/localized-column.js';

interface CompetencyRow {
  code: string;
  title: string;
  description: string;
  indicators: Localized[];
  modules: { slug: string; title: string; audience: Audience }[];
}

@Injectable()
export class CompetenciesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates or updates the framework from content; returns how many competencies changed. */
  async syncDefinitions(definitions: CompetencyDefinition[], manager: EntityManager): Promise<number> {
    const existing = new Map((await manager.find(Competency)).map((c) => [c.code, c]));
    let changed = 0;
    for (const [position, definition] of definitions.entries()) {
      const values = {
        code: definition.code,
        position,
        titleFr: definition.title.fr,
        titleEn: definition.title.en,
        descriptionFr: definition.description.fr,
        descriptionEn: definition.description.en,
        indicators: definition.indicators,
      };
      const current = existing.get(definition.code);
      const same =
        current &&
        (Object.keys(values) as (keyof typeof values)[]).every((key) => stableHash(current[key]) === stableHash(values[key]));
      if (same) continue;
      await manager.save(Competency, values);
      changed++;
    }
    return changed;
  }

  async list(language: Language): Promise<CompetencyDto[]> {
    const rows: CompetencyRow[] = await this.dataSource.query(
      `SELECT c.code, c.${localizedColumn('title', language)} AS title, c.${localizedColumn('description', language)} AS description, c.indicators,
              COALESCE(json_agg(json_build_object('slug', m.slug, 'title', v.${localizedColumn('title', language)}, 'audience', m.audience)
                                ORDER BY m.audience DESC, v.${localizedColumn('title', language)}) FILTER (WHERE m.id IS NOT NULL), '[]') AS modules
         FROM competencies c
         LEFT JOIN module_version_competencies mvc ON mvc.competency_code = c.code
         LEFT JOIN modules m ON m.current_version_id = mvc.module_version_id AND m.archived_at IS NULL
         LEFT JOIN module_versions v ON v.id = m.current_version_id
        GROUP BY c.code
        ORDER BY c.position`,
    );
    return rows.map((row) => ({
      code: row.code,
      title: row.title,
      description: row.description,
      indicators: row.indicators.map((indicator) => indicator[language]),
      modules: row.modules,
    }));
  }
}
