import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { InvitationsService } from '../auth/invitations.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { assertNotLastCertifiedAdult } from '../cohorts/safeguarding.js';
import type { Language } from '../common/i18n/language.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import type { PageQueryDto } from '../common/dto/pagination.dto.js';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import { normalizeEmail } from '../users/users.service.js';
import type {
  AddMemberDto,
  InvitedMemberDto,
  CreateOrganisationDto,
  MemberDto,
  MemberPageDto,
  MembersQueryDto,
  OrganisationDto,
  OrganisationPageDto,
} from './dto/organisation.dto.js';
import type { OrganisationRole } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { byName } from '../common/text/name-order.js';

const ORGANISATION_COLUMNS = `o.id, o.name, o.kind, o.country,
  (SELECT count(*)::int FROM memberships c WHERE c.organisation_id = o.id) AS "memberCount"`;

// Self-declared profile fields (sector, job title, country, gender) are left out: reports use them only in aggregate.
const MEMBER_COLUMNS = `u.id AS "userId", u.display_name AS "displayName", u.email, m.role, to_json(m.created_at) #>> '{}' AS "joinedAt"`;

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
  ) {}

  async create(dto: CreateOrganisationDto): Promise<OrganisationDto> {
    const saved = await this.dataSource.getRepository(Organisation).save({ name: dto.name, kind: dto.kind, country: dto.country ?? null });
    return this.get(saved.id, null);
  }

  /** Platform admins see every organisation; anyone else, those they belong to. */
  async list(user: CurrentUser, page: PageQueryDto): Promise<OrganisationPageDto> {
    const all = user.platformRole === 'admin';
    const where = all ? '' : 'WHERE EXISTS (SELECT 1 FROM memberships x WHERE x.organisation_id = o.id AND x.user_id = $1)';
    const params = [user.id];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM organisations o ${where}`, all ? [] : params);
    const items = await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS}, (SELECT role FROM memberships r WHERE r.organisation_id = o.id AND r.user_id = $1) AS "myRole"
         FROM organisations o ${where} ORDER BY o.name LIMIT $2 OFFSET $3`,
      [user.id, page.pageSize, (page.page - 1) * page.pageSize],
    );
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  async get(organisationId: string, userId: string | null): Promise<OrganisationDto> {
    const [row] = await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS}, (SELECT role FROM memberships r WHERE r.organisation_id = o.id AND r.user_id = $2) AS "myRole"
         FROM organisations o WHERE o.id = $1`,
      [organisationId, userId],
    );
    if (!row) throw new NotFoundError('organisations.notFound');
    return row;
  }

  /** Platform admins pass the access rule for any id: make sure the organisation exists. */
  private async assertExists(organisationId: string, manager: EntityManager = this.dataSource.manager, lock = false) {
    const [row] = await manager.query(`SELECT id FROM organisations WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [organisationId]);
    if (!row) throw new NotFoundError('organisations.notFound');
  }

  /**
   * Org admins (and platform admins) see every member; a trainer sees the adults and only the children of the groups
   * they run, in the list, its count and its search alike.
   */
  async members(user: CurrentUser, organisationId: string, query: MembersQueryDto): Promise<MemberPageDto> {
    await this.assertExists(organisationId);
    const params: unknown[] = [organisationId];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const conditions = ['m.organisation_id = $1'];
    if (user.platformRole !== 'admin' && (await this.sessions.roleIn(user.id, organisationId)) !== 'org_admin') {
      conditions.push(`(u.account_kind = 'adult' OR EXISTS (
        SELECT 1 FROM cohort_members cm JOIN cohort_trainers ct ON ct.cohort_id = cm.cohort_id JOIN cohorts c ON c.id = cm.cohort_id
         WHERE cm.user_id = u.id AND ct.user_id = ${bind(user.id)} AND c.organisation_id = $1))`);
    }
    if (query.role) conditions.push(`m.role = ${bind(query.role)}`);
    if (query.q) {
      const pattern = bind(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(`(u.display_name ILIKE ${pattern} OR u.email ILIKE ${pattern})`);
    }
    const from = `FROM memberships m JOIN users u ON u.id = m.user_id WHERE ${conditions.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const items = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} ${from} ORDER BY ${byName('u.display_name')}, u.id LIMIT ${bind(query.pageSize)} OFFSET ${bind((query.page - 1) * query.pageSize)}`,
      params,
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  private async member(organisationId: string, userId: string): Promise<MemberDto> {
    const [row] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND m.user_id = $2`,
      [organisationId, userId],
    );
    if (!row) throw new NotFoundError('organisations.memberNotFound');
    return row;
  }

  /**
   * Invites an address to the organisation. The answer is the same whether or not the address has an account: the
   * person joins only by accepting while logged in, and the organisation sees the address and "invited" until then.
   */
  async addMember(organisationId: string, invitedBy: string, dto: AddMemberDto): Promise<InvitedMemberDto> {
    const email = normalizeEmail(dto.email);
    const link = await this.dataSource.transaction(async (manager) => {
      await this.assertExists(organisationId, manager);
      const [member] = await manager.query(`SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND u.email = $2`, [organisationId, email]);
      if (member) throw new AppError(409, 'organisations.alreadyMember');
      const [created] = await this.invitations.invite(organisationId, invitedBy, [{ email, role: dto.role, cohortId: null }], manager);
      if (!created) throw new AppError(409, 'organisations.alreadyInvited');
      return created;
    });
    return { invitation: await this.invitations.oneOfOrganisation(organisationId, link.id), link: link.link };
  }

  /** A child stays a trainee; an adult who stops being a trainer leaves the cohorts they ran, never the last certified adult of a children's group. */
  async changeRole(organisationId: string, userId: string, role: OrganisationRole, language: Language): Promise<MemberDto> {
    await this.dataSource.transaction(async (manager) => {
      // The organisation row is the lock: two admins demoting each other at once cannot both succeed.
      await this.assertExists(organisationId, manager, true);
      const current = await this.currentMember(manager, organisationId, userId);
      if (current.accountKind !== 'adult' && role !== 'trainee') throw new AppError(400, 'organisations.childNoAdultRole');
      if (current.role === 'org_admin' && role !== 'org_admin') await this.assertAnotherAdmin(manager, organisationId, userId);
      if (role === 'trainee') await this.leaveCohortsRun(manager, organisationId, userId, language);
      await manager.query(`UPDATE memberships SET role = $3 WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId, role]);
    });
    return this.member(organisationId, userId);
  }

  async removeMember(organisationId: string, userId: string, language: Language): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertExists(organisationId, manager, true);
      const current = await this.currentMember(manager, organisationId, userId);
      if (current.role === 'org_admin') await this.assertAnotherAdmin(manager, organisationId, userId);
      await this.leaveCohortsRun(manager, organisationId, userId, language);
      await manager.query(`DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId]);
      // Someone who leaves is no longer followed: the organisation's cohorts stop showing them (their learning stays theirs).
      await manager.query(`DELETE FROM cohort_members cm USING cohorts c WHERE c.id = cm.cohort_id AND c.organisation_id = $1 AND cm.user_id = $2`, [organisationId, userId]);
      await manager.query(`DELETE FROM cohort_trainers ct USING cohorts c WHERE c.id = ct.cohort_id AND c.organisation_id = $1 AND ct.user_id = $2`, [organisationId, userId]);
    });
  }

  private async currentMember(manager: EntityManager, organisationId: string, userId: string): Promise<{ role: OrganisationRole; accountKind: string }> {
    const [current] = await manager.query(
      `SELECT m.role, u.account_kind AS "accountKind" FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND m.user_id = $2`,
      [organisationId, userId],
    );
    if (!current) throw new NotFoundError('organisations.memberNotFound');
    return current;
  }

  /** Someone who no longer trains here stops running the organisation's cohorts (refused for a group's last certified adult). */
  private async leaveCohortsRun(manager: EntityManager, organisationId: string, userId: string, language: Language) {
    await assertNotLastCertifiedAdult(manager, organisationId, [userId], language);
    await manager.query(`DELETE FROM cohort_trainers ct USING cohorts c WHERE c.id = ct.cohort_id AND c.organisation_id = $1 AND ct.user_id = $2`, [organisationId, userId]);
  }

  /** An organisation always keeps at least one adult admin of its own (a child is never one; the database agrees). */
  private async assertAnotherAdmin(manager: EntityManager, organisationId: string, userId: string) {
    const [{ others }] = await manager.query(
      `SELECT count(*)::int AS others FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 AND m.role = 'org_admin' AND m.user_id <> $2 AND u.account_kind = 'adult'`,
      [organisationId, userId],
    );
    if (others === 0) throw new AppError(409, 'organisations.lastAdmin');
  }
}
