import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { normalizeText } from '../common/text/normalize.js';
import type { ListModulesQueryDto } from './dto/list-modules-query.dto.js';
import type { CompetencyRefDto, LessonDto, ModuleDetailDto, ModulePageDto, ModuleSummaryDto } from './dto/module.dto.js';
import { renderLesson } from './lesson-renderer.js';
import { localizedColumn } from '../common/i18n/localized-column.js';
import type { Audience } from '../content/content.types.js';
import type { CountryDefinition } from '../content/countries.schema.js';
import { resolvePlaceholders } from '../content/placeholders.js';

const MAX_SEARCH_WORDS = 8;

const col = localizedColumn;

const summaryColumns = (language: Language) => `
  m.slug, m.audience, v.number AS version, v.${col('title', language)} AS title, v.${col('summary', language)} AS summary,
  v.minutes,
  (SELECT count(*)::int FROM lessons l WHERE l.module_version_id = v.id) AS "lessonCount",
  (SELECT COALESCE(json_agg(json_build_object('code', c.code, 'title', c.${col('title', language)}) ORDER BY mvc.position), '[]')
     FROM module_version_competencies mvc JOIN competencies c ON c.code = mvc.competency_code
    WHERE mvc.module_version_id = v.id) AS competencies`;

interface SummaryRow extends Omit<ModuleSummaryDto, 'competencies'> {
  competencies: CompetencyRefDto[];
}

/** The published catalogue, read with plain SQL over the current version of each module. */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListModulesQueryDto, language: Language): Promise<ModulePageDto> {
    const conditions = ['m.archived_at IS NULL'];
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    if (query.audience) conditions.push(`m.audience = ${bind(query.audience)}`);
    if (query.competency) {
      conditions.push(
        `EXISTS (SELECT 1 FROM module_version_competencies f WHERE f.module_version_id = v.id AND f.competency_code = ${bind(query.competency)})`,
      );
    }
    const words = normalizeText(query.q ?? '').split(' ').filter(Boolean).slice(0, MAX_SEARCH_WORDS);
    for (const word of words) conditions.push(`v.${col('search', language)} LIKE ${bind(`%${word}%`)}`);

    const from = `FROM modules m JOIN module_versions v ON v.id = m.current_version_id WHERE ${conditions.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${summaryColumns(language)} ${from}
        ORDER BY m.audience DESC, title, m.slug
        LIMIT ${bind(query.pageSize)} OFFSET ${bind((query.page - 1) * query.pageSize)}`,
      params,
    );
    return { items: rows, total, page: query.page, pageSize: query.pageSize };
  }

  /** `onlyAudience`: a child's account sees child-audience modules only; any other is "not found". */
  async detail(slug: string, language: Language, onlyAudience?: Audience): Promise<ModuleDetailDto> {
    const [row] = await this.dataSource.query(
      `SELECT ${summaryColumns(language)}, v.published_at AS "publishedAt", v.validity_months AS "validityMonths",
              v.draw_count AS "questionCount", v.pass_mark AS "passMark", v.attempts_allowed AS "attemptsAllowed",
              (SELECT json_agg(json_build_object('position', l.position, 'title', l.${col('title', language)}) ORDER BY l.position)
                 FROM lessons l WHERE l.module_version_id = v.id) AS lessons
         FROM modules m JOIN module_versions v ON v.id = m.current_version_id
        WHERE m.slug = $1 AND m.archived_at IS NULL AND ($2::varchar IS NULL OR m.audience = $2)`,
      [slug, onlyAudience ?? null],
    );
    if (!row) throw new NotFoundError('catalogue.moduleNotFound', { slug });
    const { questionCount, passMark, attemptsAllowed, lessons, publishedAt, ...rest } = row;
    return {
      ...rest,
      publishedAt: new Date(publishedAt).toISOString(),
      lessons: lessons ?? [],
      assessment: { questionCount, passMark, attemptsAllowed },
    };
  }

  async lesson(slug: string, position: number, language: Language, onlyAudience?: Audience): Promise<LessonDto> {
    const [module] = await this.dataSource.query(
      `SELECT current_version_id AS "versionId" FROM modules WHERE slug = $1 AND archived_at IS NULL AND ($2::varchar IS NULL OR audience = $2)`,
      [slug, onlyAudience ?? null],
    );
    if (!module?.versionId) throw new NotFoundError('catalogue.moduleNotFound', { slug });
    const lesson = await this.lessonOfVersion(module.versionId, position, language);
    if (!lesson) throw new NotFoundError('catalogue.lessonNotFound', { slug, position });
    const { id: _id, ...publicLesson } = lesson;
    return publicLesson;
  }

  /**
   * A lesson of one exact version (learners read the version they enrolled on), or undefined. Its placeholders are
   * resolved for `country` (the reader's organisation's), after the Markdown cache: a public lesson has none (fallback).
   */
  async lessonOfVersion(versionId: string, position: number, language: Language, country?: CountryDefinition): Promise<(LessonDto & { id: string }) | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT l.id, l.position, m.audience, l.${col('title', language)} AS title, l.${col('body', language)} AS body,
              m.slug AS "moduleSlug", v.${col('title', language)} AS "moduleTitle", v.number AS version,
              (SELECT count(*)::int FROM lessons c WHERE c.module_version_id = v.id) AS "lessonCount",
              (SELECT json_build_object('position', p.position, 'title', p.${col('title', language)})
                 FROM lessons p WHERE p.module_version_id = v.id AND p.position = l.position - 1) AS previous,
              (SELECT json_build_object('position', n.position, 'title', n.${col('title', language)})
                 FROM lessons n WHERE n.module_version_id = v.id AND n.position = l.position + 1) AS next
         FROM module_versions v
         JOIN modules m ON m.id = v.module_id
         JOIN lessons l ON l.module_version_id = v.id AND l.position = $2
        WHERE v.id = $1`,
      [versionId, position],
    );
    if (!row) return undefined;
    const { body, audience, ...rest } = row;
    return { ...rest, html: resolvePlaceholders(renderLesson(`${row.id}:${language}`, body), language, { country, audience }) };
  }
}
