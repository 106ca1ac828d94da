import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InvitationsService } from '../../auth/invitations.service.js';
import { AppError, NotFoundError } from '../../common/errors/app-error.js';
import type { Language } from '../../common/i18n/language.js';
import type { MessageKey } from '../../common/i18n/messages.en.js';
import { translate } from '../../common/i18n/translate.js';
import { CohortsService } from '../cohorts.service.js';
import type { RosterImportResultDto, RosterPreviewDto, RosterRowDto } from '../dto/roster-import.dto.js';
import { parseRoster, type RosterRow } from './parse-roster.js';

/** Bulk enrolment from a spreadsheet: a preview that names every problem, then one transaction for the valid rows. */
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
    const roster = parseRoster(bytes);
    if (roster.fileProblem) {
      const { code, detail = '' } = roster.fileProblem;
      // Missing columns are named as a person reads them, not as the code calls them.
      const shown = code === 'missingColumns' ? detail.split(', ').map((field) => translate(language, `roster.column.${field}` as MessageKey)).join(', ') : detail;
      throw new AppError(400, `roster.${code}` as MessageKey, { detail: shown });
    }
    const emails = roster.rows.filter((row) => row.problems.length === 0).map((row) => row.email);
    const existing: { id: string; email: string }[] = await this.dataSource.query(`SELECT id, email FROM users WHERE email = ANY($1)`, [emails]);
    const idByEmail = new Map(existing.map((user) => [user.email, user.id]));
    const rows = roster.rows.map((row) => this.describe(row, idByEmail, language));
    const counts = {
      rows: rows.length,
      new: rows.filter((r) => r.status === 'new').length,
      existing: rows.filter((r) => r.status === 'existing').length,
      invalid: rows.filter((r) => r.status === 'invalid').length,
    };
    return { rows, counts, parsed: roster.rows, idByEmail };
  }

  private describe(row: RosterRow, idByEmail: Map<string, string>, language: Language): RosterRowDto {
    const { problems, ...fields } = row;
    return {
      ...fields,
      status: problems.length ? 'invalid' : idByEmail.has(row.email) ? 'existing' : 'new',
      problems: problems.map(({ field, code }) => ({ field, code, message: translate(language, `roster.${code}` as MessageKey, { line: row.line }) })),
    };
  }

  async preview(organisationId: string, cohortId: string, bytes: Buffer, language: Language): Promise<RosterPreviewDto> {
    const { rows, counts } = await this.read(organisationId, cohortId, bytes, language);
    return { rows, counts };
  }

  async apply(organisationId: string, cohortId: string, bytes: Buffer, language: Language): Promise<RosterImportResultDto> {
    const { counts, parsed, idByEmail } = await this.read(organisationId, cohortId, bytes, language);
    const valid = parsed.filter((row) => row.problems.length === 0);
    return this.dataSource.transaction(async (manager) => {
      const fresh = valid.filter((row) => !idByEmail.has(row.email));
      const created: { id: string; email: string }[] = fresh.length
        ? await manager.query(
            `INSERT INTO users (email, display_name, preferred_language, sector, job_title, country, gender)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
             ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING
             RETURNING id, email`,
            [
              fresh.map((r) => r.email),
              fresh.map((r) => r.displayName),
              fresh.map(() => language),
              fresh.map((r) => r.sector),
              fresh.map((r) => r.jobTitle),
              fresh.map((r) => r.country),
              fresh.map((r) => r.gender),
            ],
          )
        : [];
      // Someone may have signed up since the preview: such rows join as existing accounts.
      if (created.length < fresh.length) {
        const late: { id: string; email: string }[] = await manager.query(`SELECT id, email FROM users WHERE email = ANY($1)`, [fresh.map((r) => r.email)]);
        late.forEach((user) => idByEmail.set(user.email, user.id));
      }
      created.forEach((user) => idByEmail.set(user.email, user.id));
      const userIds = valid.map((row) => idByEmail.get(row.email)!);
      await manager.query(
        `INSERT INTO memberships (user_id, organisation_id, role) SELECT id, $2, 'trainee' FROM unnest($1::uuid[]) AS u(id) ON CONFLICT DO NOTHING`,
        [userIds, organisationId],
      );
      const { enrolments } = await this.cohorts.addMembers(organisationId, cohortId, userIds, language, manager);
      const links = await this.invitations.create(created.map((user) => user.id), manager);
      const createdIds = new Set(created.map((user) => user.id));
      return {
        counts: { ...counts, new: created.length, existing: valid.length - created.length },
        enrolments,
        invitations: valid
          .filter((row) => createdIds.has(idByEmail.get(row.email)!))
          .map((row) => ({ line: row.line, displayName: row.displayName, email: row.email, link: links.get(idByEmail.get(row.email)!)! })),
      };
    });
  }
}
