import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/app-error.js';
import { ChildAccountsService } from './child-accounts.service.js';
import type { ConsentDto } from './dto/child.dto.js';

/** The organisation's record that a parent or guardian agreed: who recorded it and when. */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly children: ChildAccountsService,
  ) {}

  /** Recording again keeps the first record (who and when it was first given). */
  async record(actor: CurrentUser, organisationId: string, childId: string): Promise<ConsentDto> {
    await this.children.assertManageable(actor, organisationId, childId);
    await this.dataSource.query(
      `INSERT INTO child_consents (user_id, organisation_id, recorded_by) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`,
      [childId, organisationId, actor.id],
    );
    return this.get(childId);
  }

  /** Withdrawn: the child can still log in but can no longer learn. */
  async withdraw(actor: CurrentUser, organisationId: string, childId: string): Promise<void> {
    await this.children.assertManageable(actor, organisationId, childId);
    await this.dataSource.query(`DELETE FROM child_consents WHERE user_id = $1`, [childId]);
  }

  async get(childId: string): Promise<ConsentDto> {
    const [row] = await this.dataSource.query(
      `SELECT c.user_id AS "userId", c.organisation_id AS "organisationId", c.recorded_by AS "recordedBy", u.display_name AS "recordedByName",
              to_json(c.recorded_at) #>> '{}' AS "recordedAt"
         FROM child_consents c LEFT JOIN users u ON u.id = c.recorded_by WHERE c.user_id = $1`,
      [childId],
    );
    if (!row) throw new NotFoundError('children.notAChild');
    return row;
  }
}
