import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { localizedColumn } from '../common/i18n/localized-column.js';
import type { Audience, ProgrammeDefinition } from '../content/content.types.js';
import type { ProgrammeDto } from './dto/programme.dto.js';

@Injectable()
export class ProgrammesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Makes the programmes table match content/programmes.yaml, after the modules are published. A programme that left
   * the file is archived, not deleted: its certificates stay verifiable.
   */
  async syncDefinitions(definitions: ProgrammeDefinition[], manager: EntityManager): Promise<void> {
    for (const definition of definitions) {
      const audience = definition.modules.length
        ? ((await manager.query(`SELECT audience FROM modules WHERE slug = $1`, [definition.modules[0]]))[0]?.audience ?? 'professional')
        : 'professional';
      const [{ id }] = await manager.query(
        `INSERT INTO programmes (slug, audience, title_fr, title_en, summary_fr, summary_en) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (slug) DO UPDATE SET audience = EXCLUDED.audience, title_fr = EXCLUDED.title_fr, title_en = EXCLUDED.title_en,
           summary_fr = EXCLUDED.summary_fr, summary_en = EXCLUDED.summary_en, archived_at = NULL
         RETURNING id`,
        [definition.slug, audience, definition.title.fr, definition.title.en, definition.summary.fr, definition.summary.en],
      );
      await manager.query(`DELETE FROM programme_modules WHERE programme_id = $1`, [id]);
      await manager.query(
        `INSERT INTO programme_modules (programme_id, module_id, position)
         SELECT $1, m.id, s.position FROM unnest($2::text[]) WITH ORDINALITY AS s(slug, position) JOIN modules m ON m.slug = s.slug`,
        [id, definition.modules],
      );
    }
    await manager.query(`UPDATE programmes SET archived_at = now() WHERE archived_at IS NULL AND NOT (slug = ANY($1))`, [
      definitions.map((d) => d.slug),
    ]);
  }

  /** A child's account sees children's programmes only (`onlyAudience`); any other is "not found". */
  async list(language: Language, userId?: string, onlyAudience?: Audience): Promise<ProgrammeDto[]> {
    return this.query(language, userId, onlyAudience);
  }

  async detail(slug: string, language: Language, userId?: string, onlyAudience?: Audience): Promise<ProgrammeDto> {
    const [programme] = await this.query(language, userId, onlyAudience, slug);
    if (!programme) throw new NotFoundError('programmes.notFound', { slug });
    return programme;
  }

  private query(language: Language, userId: string | undefined, onlyAudience: Audience | undefined, slug?: string): Promise<ProgrammeDto[]> {
    const title = localizedColumn('title', language);
    const summary = localizedColumn('summary', language);
    return this.dataSource.query(
      `SELECT p.slug, p.${title} AS title, p.${summary} AS summary, p.audience,
              (SELECT json_agg(json_build_object(
                        'slug', m.slug, 'title', v.${title}, 'minutes', v.minutes,
                        'completed', CASE WHEN $1::uuid IS NULL THEN NULL
                                          ELSE EXISTS (SELECT 1 FROM enrolments e JOIN module_versions ev ON ev.id = e.module_version_id
                                                        WHERE e.user_id = $1 AND ev.module_id = m.id AND e.completed_at IS NOT NULL) END)
                      ORDER BY pm.position)
                 FROM programme_modules pm JOIN modules m ON m.id = pm.module_id JOIN module_versions v ON v.id = m.current_version_id
                WHERE pm.programme_id = p.id AND m.archived_at IS NULL) AS modules,
              (SELECT c.code FROM certificates c WHERE c.programme_id = p.id AND c.user_id = $1) AS "certificateCode"
         FROM programmes p
        WHERE p.archived_at IS NULL AND ($2::text IS NULL OR p.slug = $2) AND ($3::text IS NULL OR p.audience = $3)
        ORDER BY p.audience DESC, p.${title}`,
      [userId ?? null, slug ?? null, onlyAudience ?? null],
    );
  }
}
