import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CohortsService } from '../cohorts/cohorts.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import type { PageQueryDto } from '../common/dto/pagination.dto.js';
import type { Language } from '../common/i18n/language.js';
import { COHORT_CELLS } from './cohort-progress.sql.js';
import type { CohortDashboardDto, CompetencyScoreDto, DashboardMemberDto, DashboardMemberPageDto, DashboardModuleDto, GroupFiguresDto, LearnerDetailDto } from './dto/dashboard.dto.js';
import { AttemptsService } from '../assessments/attempts.service.js';
import { NotFoundError } from '../common/errors/app-error.js';
import { membersCsv } from './members-csv.js';
import { moduleStatus } from './module-status.js';
import { renderCohortReport } from './pdf/cohort-report-pdf.js';
import { suppressSmallGroups } from './small-groups.js';
import { estimateGroups } from './breakdown-noise.js';
import { localizedColumn } from '../common/i18n/localized-column.js';
import { byName } from '../common/text/name-order.js';

/** A cohort name as a safe file name: ASCII letters, digits and hyphens. */
const fileSlug = (name: string) => name.normalize('NFD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'cohort';

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly attempts: AttemptsService,
  ) {}

  private moduleTitles(cohortId: string, language: Language): Promise<DashboardModuleDto[]> {
    return this.dataSource.query(
      `SELECT m.id AS "moduleId", m.slug, v.${localizedColumn('title', language)} AS title
         FROM cohort_modules cm JOIN modules m ON m.id = cm.module_id JOIN module_versions v ON v.id = m.current_version_id
        WHERE cm.cohort_id = $1 ORDER BY cm.position`,
      [cohortId],
    );
  }

  /** One learner of the cohort, with each attempt's answers (not their self-declared profile: that is for aggregates only). */
  async learnerDetail(user: CurrentUser, organisationId: string, cohortId: string, userId: string, language: Language): Promise<LearnerDetailDto> {
    await this.cohorts.assertVisible(user, organisationId, cohortId);
    const [row] = await this.memberRows(cohortId, `SELECT * FROM members WHERE user_id = $2`, [userId]);
    if (!row) throw new NotFoundError('cohorts.memberNotFound');
    return {
      userId: row.userId,
      displayName: row.displayName,
      email: row.email,
      moduleTitles: await this.moduleTitles(cohortId, language),
      modules: row.modules,
      attempts: await this.attempts.reviews(row.enrolmentIds, language, row.since),
    };
  }

  /** The cohort's figures as a PDF report in one language (members stay in the CSV). */
  async pdf(user: CurrentUser, organisationId: string, cohortId: string, language: Language): Promise<{ pdf: Buffer; fileName: string }> {
    const dashboard = await this.dashboard(user, organisationId, cohortId, { page: 1, pageSize: 1 } as PageQueryDto, language);
    const [cohort] = await this.dataSource.query(
      `SELECT o.name AS "organisationName", to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn"
         FROM cohorts c JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`,
      [cohortId],
    );
    const pdf = await renderCohortReport({ language, dashboard, ...cohort, generatedAt: new Date() });
    return { pdf, fileName: `clef-${fileSlug(dashboard.name)}-${language}.pdf` };
  }

  /** The members table as CSV for spreadsheets in the reader's language. */
  async csv(user: CurrentUser, organisationId: string, cohortId: string, language: Language): Promise<{ csv: string; fileName: string }> {
    await this.cohorts.assertVisible(user, organisationId, cohortId);
    const [cohort] = await this.dataSource.query(`SELECT name FROM cohorts WHERE id = $1`, [cohortId]);
    const rows = await this.memberRows(cohortId, `SELECT * FROM members ORDER BY ${byName('display_name')}, user_id`, []);
    return { csv: membersCsv(await this.moduleTitles(cohortId, language), rows, language), fileName: `clef-${fileSlug(cohort.name)}-${language}.csv` };
  }

  async dashboard(user: CurrentUser, organisationId: string, cohortId: string, page: PageQueryDto, language: Language): Promise<CohortDashboardDto> {
    await this.cohorts.assertVisible(user, organisationId, cohortId);
    const [cohort] = await this.dataSource.query(`SELECT id, name FROM cohorts WHERE id = $1`, [cohortId]);
    const modules = await this.moduleTitles(cohortId, language);
    const [figures, competencies, members] = await Promise.all([this.figures(cohortId), this.competencyProfile(cohortId, language), this.members(cohortId, page)]);
    return { cohortId, name: cohort.name, modules, ...figures, competencies, members };
  }

  /** Totals and the sector and gender breakdowns, in one pass (GROUPING SETS). */
  private async figures(cohortId: string): Promise<Pick<CohortDashboardDto, 'totals' | 'bySector' | 'byGender'>> {
    const rows: { level: string; sector: string | null; gender: string | null; members: number; enrolled: number; started: number; completed: number; certified: number }[] =
      await this.dataSource.query(
        `WITH ${COHORT_CELLS}
         SELECT CASE GROUPING(sector, gender) WHEN 3 THEN 'all' WHEN 1 THEN 'sector' ELSE 'gender' END AS level,
                sector, gender, count(*)::int AS members,
                count(*) FILTER (WHERE enrolled)::int AS enrolled, count(*) FILTER (WHERE started)::int AS started,
                count(*) FILTER (WHERE completed)::int AS completed, count(*) FILTER (WHERE certified)::int AS certified
           FROM per_member GROUP BY GROUPING SETS ((), (sector), (gender))`,
        [cohortId],
      );
    const all = rows.find((row) => row.level === 'all') ?? { members: 0, enrolled: 0, started: 0, completed: 0, certified: 0 };
    const groups = (level: 'sector' | 'gender'): GroupFiguresDto[] =>
      suppressSmallGroups(
        estimateGroups(
          level,
          rows
            .filter((row) => row.level === level)
            .map((row) => ({ group: row[level] ?? 'unspecified', members: row.members, completed: row.completed, certified: row.certified })),
        ),
      );
    return {
      totals: {
        members: all.members,
        enrolled: all.enrolled,
        started: all.started,
        completed: all.completed,
        certified: all.certified,
        certificationRate: all.members === 0 ? 0 : Math.round((all.certified * 100) / all.members),
      },
      bySector: groups('sector'),
      byGender: groups('gender'),
    };
  }

  /** Share of correct answers per competency, from the competency each answered question evidences. */
  private async competencyProfile(cohortId: string, language: Language): Promise<CompetencyScoreDto[]> {
    return this.dataSource.query(
      `SELECT k.code, k.${localizedColumn('title', language)} AS title, COALESCE(s.answers, 0)::int AS answers, COALESCE(s.correct, 0)::int AS correct,
              CASE WHEN COALESCE(s.answers, 0) = 0 THEN NULL ELSE round(100.0 * s.correct / s.answers)::int END AS share
         FROM competencies k
         LEFT JOIN (
           SELECT q.competency_code, count(*) AS answers, count(*) FILTER (WHERE (r.value ->> 'correct')::boolean) AS correct
             FROM cohort_members cm
             JOIN enrolments e ON e.user_id = cm.user_id
             JOIN cohort_modules mo ON mo.cohort_id = cm.cohort_id AND mo.module_id = e.module_id
             JOIN attempts a ON a.enrolment_id = e.id AND a.status = 'submitted' AND a.started_at >= cm.added_at
             CROSS JOIN LATERAL jsonb_array_elements(a.results) AS r(value)
             JOIN questions q ON q.id = (r.value ->> 'questionId')::uuid
            WHERE cm.cohort_id = $1
            GROUP BY q.competency_code) s ON s.competency_code = k.code
        ORDER BY k.position`,
      [cohortId],
    );
  }

  private async members(cohortId: string, page: PageQueryDto): Promise<DashboardMemberPageDto> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM cohort_members WHERE cohort_id = $1`, [cohortId]);
    const rows = await this.memberRows(cohortId, `SELECT * FROM members ORDER BY ${byName('display_name')}, user_id LIMIT $2 OFFSET $3`, [page.pageSize, (page.page - 1) * page.pageSize]);
    const items = rows.map(({ userId, displayName, modules }) => ({ userId, displayName, modules }));
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  /** Members chosen by \`shownSql\` (over the members CTE, parameters from $2), each with their progress per module. */
  private async memberRows(cohortId: string, shownSql: string, params: unknown[]): Promise<(DashboardMemberDto & { email: string | null; enrolmentIds: string[]; since: Date })[]> {
    const rows: (DashboardMemberDto & { email: string | null; enrolmentIds: string[]; since: Date })[] = await this.dataSource.query(
      `WITH ${COHORT_CELLS},
       shown AS (${shownSql})
       SELECT s.user_id AS "userId", s.display_name AS "displayName", s.since,
              COALESCE(json_agg(json_build_object(
                'slug', m.slug, 'enrolled', cl.enrolment_id IS NOT NULL, 'lessonsRead', cl.lessons_read, 'lessonCount', cl.lesson_count,
                'attempts', cl.attempts, 'bestScore', cl.best, 'passed', cl.passed, 'completed', cl.completed_at IS NOT NULL,
                'certificate', cl.certificate) ORDER BY cl.position) FILTER (WHERE cl.module_id IS NOT NULL), '[]') AS modules,
              (SELECT email FROM users WHERE id = s.user_id) AS email,
              COALESCE(array_agg(cl.enrolment_id) FILTER (WHERE cl.enrolment_id IS NOT NULL), '{}') AS "enrolmentIds"
         FROM shown s LEFT JOIN cells cl ON cl.user_id = s.user_id LEFT JOIN modules m ON m.id = cl.module_id
        GROUP BY s.user_id, s.display_name, s.since
        ORDER BY ${byName('s.display_name')}, s.user_id`,
      [cohortId, ...params],
    );
    return rows.map((row) => ({ ...row, modules: row.modules.map((cell) => ({ ...cell, status: moduleStatus(cell) })) }));
  }
}
