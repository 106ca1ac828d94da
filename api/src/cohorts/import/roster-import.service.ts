import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InvitationsService } from '../../auth/invitations.service.js';
import { AppError, NotFoundError } from '../../common/errors/app-error.js';
import type { Language } from '../../common/i18n/language.js';
import type { MessageKey } from '../../common/i18n/messages.en.js';
import { translate } from '../../common/i18n/translate.js';
import { CohortsService } from '../cohorts.service.js';
import type { RosterCountsDto, RosterImportResultDto, RosterPreviewDto, RosterRowDto, RosterStatus } from '../dto/roster-import.dto.js';
import { parseRoster, type RosterRow } from './parse-roster.js';

/**
 * Bulk enrolment from a spreadsheet: a preview that names every problem, then one transaction for the valid rows.
 * Whether an address has an account is never looked up: members of the organisation join the cohort at once, every
 * other address is invited, and nobody's profile is written (what a person declares about themself is theirs to say).
 */
@Injectable()
export class RosterImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly invitations: InvitationsService,
  ) {}

  private async read(organisationId: string, cohortId: string, bytes: Buffer, language: Language) {
    const [cohort] = await this.dataSource.query(`SELECT audience FROM cohorts WHERE id = $1 AND organisation_id = $2`, [cohortId, organisationId]);
    if (!cohort) throw new NotFoundError('cohorts.notFound');
    if (cohort.audience === 'child') throw new AppError(400, 'cohorts.rosterNotForChildren');
    const roster = await parseRoster(bytes);
    if (roster.fileProblem) {
      const { code, detail = '' } = roster.fileProblem;
      // Missing columns are named as a person reads them, not as the code calls them.
      const shown = code === 'missingColumns' ? detail.split(', ').map((field) => translate(language, `roster.column.${field}` as MessageKey)).join(', ') : detail;
      throw new AppError(400, `roster.${code}` as MessageKey, { detail: shown });
    }
    const emails = roster.rows.filter((row) => row.problems.length === 0).map((row) => row.email);
    // Only what the organisation already knows: its own members and its own invitations to this cohort.
    const members: { id: string; email: string }[] = await this.dataSource.query(
      `SELECT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND u.email = ANY($2)`,
      [organisationId, emails],
    );
    const invited: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM invitations WHERE organisation_id = $1 AND cohort_id = $2 AND email = ANY($3) AND used_at IS NULL AND expires_at > now()`,
      [organisationId, cohortId, emails],
    );
    const memberIds = new Map(members.map((member) => [member.email, member.id]));
    const invitedEmails = new Set(invited.map((row) => row.email));
    const statusOf = (row: RosterRow): RosterStatus =>
      row.problems.length ? 'invalid' : memberIds.has(row.email) ? 'member' : invitedEmails.has(row.email) ? 'invited' : 'invite';
    const rows = roster.rows.map((row) => this.describe(row, statusOf(row), language));
    return { rows, counts: countRows(rows), memberIds, unusedColumns: roster.unusedColumns };
  }

  private describe(row: RosterRow, status: RosterStatus, language: Language): RosterRowDto {
    return {
      line: row.line,
      displayName: row.displayName,
      email: row.email,
      status,
      problems: row.problems.map(({ field, code }) => ({ field, code, message: translate(language, `roster.${code}` as MessageKey, { line: row.line }) })),
    };
  }

  async preview(organisationId: string, cohortId: string, bytes: Buffer, language: Language): Promise<RosterPreviewDto> {
    const { rows, counts, unusedColumns } = await this.read(organisationId, cohortId, bytes, language);
    return { rows, counts, unusedColumns };
  }

  async apply(organisationId: string, cohortId: string, invitedBy: string, bytes: Buffer, language: Language): Promise<RosterImportResultDto> {
    const { rows, memberIds } = await this.read(organisationId, cohortId, bytes, language);
    if (!rows.some((row) => row.status !== 'invalid')) throw new AppError(400, 'roster.noValidRows');
    return this.dataSource.transaction(async (manager) => {
      const members = rows.filter((row) => row.status === 'member').map((row) => memberIds.get(row.email)!);
      const { enrolments } = members.length ? await this.cohorts.addMembers(organisationId, cohortId, members, language, manager) : { enrolments: 0 };
      const toInvite = rows.filter((row) => row.status === 'invite');
      const links = await this.invitations.invite(organisationId, invitedBy, toInvite.map((row) => ({ email: row.email, role: 'trainee', cohortId })), manager);
      const lineOf = new Map(toInvite.map((row) => [row.email, row.line]));
      // An invitation made in between (another import of the same file) counts as already invited.
      const made = new Set(links.map((link) => link.email));
      const applied = rows.map((row) => (row.status === 'invite' && !made.has(row.email) ? { ...row, status: 'invited' as const } : row));
      return { counts: countRows(applied), enrolments, invitations: links.map((link) => ({ ...link, line: lineOf.get(link.email)! })) };
    });
  }
}

const countRows = (rows: { status: RosterStatus }[]): RosterCountsDto => ({
  rows: rows.length,
  invite: rows.filter((r) => r.status === 'invite').length,
  invited: rows.filter((r) => r.status === 'invited').length,
  member: rows.filter((r) => r.status === 'member').length,
  invalid: rows.filter((r) => r.status === 'invalid').length,
});
