import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import type { PageQueryDto } from '../common/dto/pagination.dto.js';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { InvitationsService } from '../auth/invitations.service.js';
import { LearningService } from '../learning/learning.service.js';
import { CohortMember, CohortModule, CohortTrainer } from './cohort-links.entity.js';
import { Cohort } from './cohort.entity.js';
import type { AddedCohortMembersDto, CohortDto, CohortPageDto, CreateCohortDto } from './dto/cohort.dto.js';
import { assertCertifiedAdult, assertNotLastCertifiedAdult, safeguardingTitle, trainersWithoutSafeguarding } from './safeguarding.js';
import { localizedColumn } from '../common/i18n/localized-column.js';
import { byName } from '../common/text/name-order.js';

const cohortColumns = (language: Language) => `
  c.id, c.organisation_id AS "organisationId", c.name, c.audience, to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn",
  (SELECT COALESCE(json_agg(json_build_object('slug', m.slug, 'title', v.${localizedColumn('title', language)}) ORDER BY cm.position), '[]')
     FROM cohort_modules cm JOIN modules m ON m.id = cm.module_id JOIN module_versions v ON v.id = m.current_version_id
    WHERE cm.cohort_id = c.id) AS modules,
  (SELECT json_build_object('slug', p.slug, 'title', p.${localizedColumn('title', language)}) FROM programmes p WHERE p.id = c.programme_id) AS programme,
  (SELECT COALESCE(json_agg(json_build_object('userId', u.id, 'displayName', u.display_name) ORDER BY ${byName('u.display_name')}), '[]')
     FROM cohort_trainers ct JOIN users u ON u.id = ct.user_id WHERE ct.cohort_id = c.id) AS trainers,
  (SELECT count(*)::int FROM cohort_members x WHERE x.cohort_id = c.id) AS "memberCount"`;

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly learning: LearningService,
    invitations: InvitationsService,
  ) {
    // A roster import invites to a cohort: the person joins it, and is enrolled, only when accepting.
    invitations.onAccepted(async ({ organisationId, cohortId, userId }, manager) => {
      if (!cohortId) return;
      const [{ language }] = await manager.query(`SELECT preferred_language AS language FROM users WHERE id = $1`, [userId]);
      await this.addMembers(organisationId, cohortId, [userId], language, manager);
    });
  }

  /** Org admins (and platform admins) see every cohort of the organisation; trainers, the ones they run. */
  private async visibility(user: CurrentUser, organisationId: string): Promise<{ sql: string; params: unknown[] }> {
    if (user.platformRole === 'admin') return { sql: 'TRUE', params: [] };
    const [membership] = await this.dataSource.query(`SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2`, [user.id, organisationId]);
    if (membership?.role === 'org_admin') return { sql: 'TRUE', params: [] };
    return { sql: 'EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = c.id AND t.user_id = $USER)', params: [user.id] };
  }

  /**
   * A trainer (not an org admin) may open a children's group only, which they then run themselves: the safeguarding
   * gate decides whether they may.
   */
  async createAs(user: CurrentUser, organisationId: string, dto: CreateCohortDto, language: Language): Promise<CohortDto> {
    const [membership] = await this.dataSource.query(`SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2`, [user.id, organisationId]);
    if (user.platformRole === 'admin' || membership?.role === 'org_admin') return this.create(organisationId, dto, language);
    if (dto.audience !== 'child') throw new AppError(403, 'cohorts.trainersOpenChildGroupsOnly');
    return this.create(organisationId, { ...dto, trainerIds: [...new Set([...(dto.trainerIds ?? []), user.id])] }, language);
  }

  async create(organisationId: string, dto: CreateCohortDto, language: Language): Promise<CohortDto> {
    if (dto.startsOn && dto.endsOn && dto.endsOn < dto.startsOn) throw new AppError(400, 'cohorts.datesReversed');
    if ((dto.programmeSlug === undefined) === (dto.moduleSlugs === undefined || dto.moduleSlugs.length === 0)) {
      throw new AppError(400, 'cohorts.programmeOrModules');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const { programmeId, slugs } = dto.programmeSlug
        ? await this.programmeModules(manager, dto.programmeSlug)
        : { programmeId: null, slugs: dto.moduleSlugs ?? [] };
      const audience = dto.audience ?? 'professional';
      const modules: { id: string; slug: string; audience: string }[] = await manager.query(
        `SELECT id, slug, audience FROM modules WHERE slug = ANY($1) AND archived_at IS NULL AND current_version_id IS NOT NULL`,
        [slugs],
      );
      const missing = slugs.filter((slug) => !modules.some((m) => m.slug === slug));
      if (missing.length) throw new AppError(400, 'cohorts.unknownModules', { slugs: missing.join(', ') });
      // A children's group follows only modules made for children; adults may follow those too (to know what children learn).
      const misfits = audience === 'child' ? modules.filter((m) => m.audience !== 'child').map((m) => m.slug) : [];
      if (misfits.length) throw new AppError(400, 'cohorts.childModulesOnly', { slugs: misfits.join(', ') });
      // A children's group is never without a certified adult, from its first moment.
      if (audience === 'child' && !dto.trainerIds?.length) throw new AppError(422, 'cohorts.certifiedAdultRequired', { module: await safeguardingTitle(manager, language) });
      await this.assertTrainers(manager, organisationId, dto.trainerIds ?? [], audience === 'child', language);
      const cohort = await manager.save(Cohort, { organisationId, programmeId, name: dto.name, audience, startsOn: dto.startsOn ?? null, endsOn: dto.endsOn ?? null });
      const order = [...new Set(slugs)];
      await manager.insert(CohortModule, order.map((slug, position) => ({ cohortId: cohort.id, moduleId: modules.find((m) => m.slug === slug)!.id, position })));
      if (dto.trainerIds?.length) await manager.insert(CohortTrainer, [...new Set(dto.trainerIds)].map((userId) => ({ cohortId: cohort.id, userId })));
      return cohort.id;
    });
    return this.getUnchecked(organisationId, id, language);
  }

  private async programmeModules(manager: EntityManager, slug: string): Promise<{ programmeId: string; slugs: string[] }> {
    const [programme] = await manager.query(
      `SELECT p.id, array_agg(m.slug ORDER BY pm.position) AS slugs
         FROM programmes p JOIN programme_modules pm ON pm.programme_id = p.id JOIN modules m ON m.id = pm.module_id
        WHERE p.slug = $1 AND p.archived_at IS NULL GROUP BY p.id`,
      [slug],
    );
    if (!programme) throw new AppError(400, 'cohorts.unknownProgramme', { slug });
    return { programmeId: programme.id, slugs: programme.slugs };
  }

  private async assertTrainers(manager: EntityManager, organisationId: string, userIds: string[], childGroup: boolean, language: Language) {
    if (userIds.length === 0) return;
    const rows: { role: string; account_kind: string }[] = await manager.query(
      `SELECT m.role, u.account_kind FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND m.user_id = ANY($2)`,
      [organisationId, userIds],
    );
    if (rows.some((row) => row.account_kind !== 'adult')) throw new AppError(400, 'organisations.childNoAdultRole');
    if (rows.filter((row) => row.role !== 'trainee').length !== new Set(userIds).size) throw new AppError(400, 'cohorts.notTrainers');
    if (!childGroup) return;
    // Safeguarding gate: nobody runs a children's group without the safeguarding certificate.
    const missing = await trainersWithoutSafeguarding(manager, userIds);
    if (missing.length) throw new AppError(422, 'cohorts.safeguardingRequired', { module: await safeguardingTitle(manager, language), names: missing.join(', ') });
  }

  /** Adds a trainer to a cohort (again is harmless); a children's group applies the safeguarding gate. */
  async assignTrainer(organisationId: string, cohortId: string, userId: string, language: Language): Promise<CohortDto> {
    await this.dataSource.transaction(async (manager) => {
      const [cohort] = await manager.query(`SELECT audience FROM cohorts WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [cohortId, organisationId]);
      if (!cohort) throw new NotFoundError('cohorts.notFound');
      await this.assertTrainers(manager, organisationId, [userId], cohort.audience === 'child', language);
      await manager.query(`INSERT INTO cohort_trainers (cohort_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [cohortId, userId]);
    });
    return this.getUnchecked(organisationId, cohortId, language);
  }

  /** Takes a trainer off a cohort; never the last certified adult of a children's group (409). */
  async removeTrainer(organisationId: string, cohortId: string, userId: string, language: Language): Promise<CohortDto> {
    await this.dataSource.transaction(async (manager) => {
      const [trainer] = await manager.query(
        `SELECT 1 FROM cohort_trainers ct JOIN cohorts c ON c.id = ct.cohort_id WHERE c.id = $1 AND c.organisation_id = $2 AND ct.user_id = $3`,
        [cohortId, organisationId, userId],
      );
      if (!trainer) throw new NotFoundError('cohorts.trainerNotFound');
      await assertNotLastCertifiedAdult(manager, organisationId, [userId], language, cohortId);
      await manager.query(`DELETE FROM cohort_trainers WHERE cohort_id = $1 AND user_id = $2`, [cohortId, userId]);
    });
    return this.getUnchecked(organisationId, cohortId, language);
  }

  async list(user: CurrentUser, organisationId: string, page: PageQueryDto, language: Language): Promise<CohortPageDto> {
    const visible = await this.visibility(user, organisationId);
    const where = `c.organisation_id = $1 AND ${visible.sql.replace('$USER', '$2')}`;
    const params = [organisationId, ...visible.params];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM cohorts c WHERE ${where}`, params);
    const items = await this.dataSource.query(
      `SELECT ${cohortColumns(language)} FROM cohorts c WHERE ${where} ORDER BY c.starts_on DESC NULLS LAST, c.name
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, (page.page - 1) * page.pageSize],
    );
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  /** 404 unless this user may see the cohort (org admins, its trainers, platform admins), in this organisation. */
  async assertVisible(user: CurrentUser, organisationId: string, cohortId: string): Promise<void> {
    const visible = await this.visibility(user, organisationId);
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM cohorts c WHERE c.id = $1 AND c.organisation_id = $2 AND ${visible.sql.replace('$USER', '$3')}`,
      [cohortId, organisationId, ...visible.params],
    );
    if (!row) throw new NotFoundError('cohorts.notFound');
  }

  async get(user: CurrentUser, organisationId: string, cohortId: string, language: Language): Promise<CohortDto> {
    await this.assertVisible(user, organisationId, cohortId);
    return this.getUnchecked(organisationId, cohortId, language);
  }

  private async getUnchecked(organisationId: string, cohortId: string, language: Language): Promise<CohortDto> {
    const [row] = await this.dataSource.query(`SELECT ${cohortColumns(language)} FROM cohorts c WHERE c.id = $1 AND c.organisation_id = $2`, [
      cohortId,
      organisationId,
    ]);
    if (!row) throw new NotFoundError('cohorts.notFound');
    return row;
  }

  /**
   * Adds members of the organisation to the cohort and enrols each in every module of the cohort. Children join only
   * a group that a certified adult runs; the shared lock keeps its trainers from leaving meanwhile.
   */
  async addMembers(organisationId: string, cohortId: string, userIds: string[], language: Language, manager?: EntityManager): Promise<AddedCohortMembersDto> {
    const run = async (m: EntityManager) => {
      const [cohort] = await m.query(`SELECT id, audience FROM cohorts WHERE id = $1 AND organisation_id = $2 FOR SHARE`, [cohortId, organisationId]);
      if (!cohort) throw new NotFoundError('cohorts.notFound');
      if (cohort.audience === 'child') await assertCertifiedAdult(m, cohortId, language);
      const unique = [...new Set(userIds)];
      const members: { user_id: string; account_kind: string }[] = await m.query(
        `SELECT m.user_id, u.account_kind FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND m.user_id = ANY($2)`,
        [organisationId, unique],
      );
      if (members.length !== unique.length) throw new AppError(400, 'cohorts.notMembers');
      const wanted = cohort.audience === 'child' ? 'child' : 'adult';
      if (members.some((member) => member.account_kind !== wanted)) throw new AppError(400, wanted === 'child' ? 'cohorts.childAccountsOnly' : 'cohorts.noChildAccounts');
      const added = await m
        .createQueryBuilder()
        .insert()
        .into(CohortMember)
        .values(unique.map((userId) => ({ cohortId, userId })))
        .orIgnore()
        .returning(['user_id'])
        .execute();
      const moduleIds: string[] = (await m.query(`SELECT module_id FROM cohort_modules WHERE cohort_id = $1`, [cohortId])).map((r: { module_id: string }) => r.module_id);
      const enrolments = await this.learning.enrolMany(unique, moduleIds, m);
      return { added: (added.raw as unknown[]).length, enrolments };
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  async removeMember(organisationId: string, cohortId: string, userId: string): Promise<void> {
    // TypeORM answers DELETE … RETURNING with [rows, count].
    const [rows] = await this.dataSource.query(
      `DELETE FROM cohort_members cm USING cohorts c WHERE cm.cohort_id = c.id AND c.id = $1 AND c.organisation_id = $2 AND cm.user_id = $3 RETURNING cm.user_id`,
      [cohortId, organisationId, userId],
    );
    if (!rows.length) throw new NotFoundError('cohorts.memberNotFound');
  }
}
