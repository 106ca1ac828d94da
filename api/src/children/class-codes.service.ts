import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { assertCertifiedAdult } from '../cohorts/safeguarding.js';
import { ChildAccountsService } from './child-accounts.service.js';
import { CLASS_CODE_DAYS, formatClassCode, newClassCode } from './class-code.js';
import type { ClassCodeDto } from './dto/class-code.dto.js';

const CODE_COLUMNS = `code, cohort_id AS "cohortId", to_json(created_at) #>> '{}' AS "createdAt", to_json(expires_at) #>> '{}' AS "expiresAt", expires_at < now() AS expired`;

/** The class code of a children's group: one live code at a time, 14 days by default. */
@Injectable()
export class ClassCodesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly children: ChildAccountsService,
  ) {}

  /** A new code, only while a certified adult runs the group; the previous one, if any, is revoked in the same transaction. */
  async regenerate(actor: CurrentUser, organisationId: string, cohortId: string, language: Language): Promise<ClassCodeDto> {
    await this.children.assertChildGroup(actor, organisationId, cohortId);
    const row = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM cohorts WHERE id = $1 FOR UPDATE`, [cohortId]);
      await assertCertifiedAdult(manager, cohortId, language);
      await manager.query(`UPDATE class_codes SET revoked_at = now() WHERE cohort_id = $1 AND revoked_at IS NULL`, [cohortId]);
      for (;;) {
        const [inserted] = await manager.query(
          `INSERT INTO class_codes (code, cohort_id, created_by, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))
           ON CONFLICT (code) DO NOTHING RETURNING ${CODE_COLUMNS}`,
          [newClassCode(), cohortId, actor.id, CLASS_CODE_DAYS],
        );
        if (inserted) return inserted;
      }
    });
    return { ...row, code: formatClassCode(row.code) };
  }

  /** The group's live code (perhaps expired), or 404 when there is none. */
  async current(actor: CurrentUser, organisationId: string, cohortId: string): Promise<ClassCodeDto> {
    await this.children.assertChildGroup(actor, organisationId, cohortId);
    const [row] = await this.dataSource.query(`SELECT ${CODE_COLUMNS} FROM class_codes WHERE cohort_id = $1 AND revoked_at IS NULL`, [cohortId]);
    if (!row) throw new NotFoundError('children.noClassCode');
    return { ...row, code: formatClassCode(row.code) };
  }

  async revoke(actor: CurrentUser, organisationId: string, cohortId: string): Promise<void> {
    await this.children.assertChildGroup(actor, organisationId, cohortId);
    await this.dataSource.query(`UPDATE class_codes SET revoked_at = now() WHERE cohort_id = $1 AND revoked_at IS NULL`, [cohortId]);
  }
}
