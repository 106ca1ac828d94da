import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PageQueryDto } from '../common/dto/pagination.dto.js';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/config.js';
import type { OrganisationRole } from '../organisations/membership.entity.js';
import type { InvitationLinkDto, MyInvitationDto, OrganisationInvitationDto, OrganisationInvitationPageDto } from './dto/invitation.dto.js';
import { hashPassword } from './password.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import { SessionsService } from './sessions.service.js';

export const INVITATION_DAYS = 30;

export interface InvitationTarget {
  email: string;
  role: OrganisationRole;
  cohortId: string | null;
}

/** Where mail sending plugs in: called once per call to `invite` (inside its transaction) with the new invitations and their links. */
export type InvitedListener = (organisationId: string, invitations: { id: string; email: string; link: string }[], manager: EntityManager) => Promise<void>;
/** Called, inside the accepting transaction, once the person is a member (cohorts add them to the invited cohort). */
export type AcceptedListener = (accepted: { organisationId: string; cohortId: string | null; userId: string }, manager: EntityManager) => Promise<void>;

const ORGANISATION_VIEW = `
  SELECT i.id, i.email, i.role, c.name AS "cohortName", CASE WHEN i.expires_at > now() THEN 'invited' ELSE 'expired' END AS status,
         to_json(i.created_at) #>> '{}' AS "invitedAt", to_json(i.expires_at) #>> '{}' AS "expiresAt"
    FROM invitations i LEFT JOIN cohorts c ON c.id = i.cohort_id
   WHERE i.organisation_id = $1 AND i.used_at IS NULL`;

// A declined invitation looks invited to the organisation until it expires: a decline would reveal that the address has an account.
const LIVE = `i.used_at IS NULL AND i.expires_at > now()`;

@Injectable()
export class InvitationsService {
  private readonly invitedListeners: InvitedListener[] = [];
  private readonly acceptedListeners: AcceptedListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  onInvited(listener: InvitedListener) {
    this.invitedListeners.push(listener);
  }

  onAccepted(listener: AcceptedListener) {
    this.acceptedListeners.push(listener);
  }

  /**
   * Invites these addresses (inside the caller's transaction), whether or not they have an account: nothing here
   * depends on it. An address already invited to the same organisation and cohort, and not expired, is left alone.
   * Returns the new invitations with their links, which are shown once.
   */
  async invite(organisationId: string, invitedBy: string | null, targets: InvitationTarget[], manager: EntityManager): Promise<InvitationLinkDto[]> {
    if (targets.length === 0) return [];
    const tokens = targets.map(() => newSessionToken());
    const created: { id: string; email: string; token_hash: string }[] = await manager.query(
      `INSERT INTO invitations (token_hash, organisation_id, email, role, cohort_id, invited_by, expires_at)
       SELECT t.hash, $1, t.email, t.role, t.cohort_id, $2, now() + make_interval(days => $7)
         FROM unnest($3::text[], $4::text[], $5::text[], $6::uuid[]) AS t(hash, email, role, cohort_id)
        WHERE NOT EXISTS (SELECT 1 FROM invitations i WHERE i.organisation_id = $1 AND i.email = t.email
                             AND i.cohort_id IS NOT DISTINCT FROM t.cohort_id AND ${LIVE})
       RETURNING id, email, token_hash`,
      [organisationId, invitedBy, tokens.map(hashSessionToken), targets.map((t) => t.email), targets.map((t) => t.role), targets.map((t) => t.cohortId), INVITATION_DAYS],
    );
    const tokenOf = new Map(tokens.map((token) => [hashSessionToken(token), token]));
    const links = created.map((row) => ({ id: row.id, email: row.email, link: `${this.config.publicUrl}/invitation/${tokenOf.get(row.token_hash)}` }));
    if (links.length > 0) for (const listener of this.invitedListeners) await listener(organisationId, links, manager);
    return links;
  }

  /** The organisation's invitations not accepted yet: the address it typed, the role, the cohort and whether it expired. */
  async ofOrganisation(organisationId: string, page: PageQueryDto): Promise<OrganisationInvitationPageDto> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM invitations i WHERE i.organisation_id = $1 AND i.used_at IS NULL`, [organisationId]);
    const items = await this.dataSource.query(`${ORGANISATION_VIEW} ORDER BY i.created_at DESC, i.id LIMIT $2 OFFSET $3`, [organisationId, page.pageSize, (page.page - 1) * page.pageSize]);
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  async oneOfOrganisation(organisationId: string, invitationId: string): Promise<OrganisationInvitationDto> {
    const [row] = await this.dataSource.query(`${ORGANISATION_VIEW} AND i.id = $2`, [organisationId, invitationId]);
    if (!row) throw new NotFoundError('invitations.notFound');
    return row;
  }

  async withdraw(organisationId: string, invitationId: string): Promise<void> {
    const [rows] = await this.dataSource.query(`DELETE FROM invitations WHERE id = $1 AND organisation_id = $2 AND used_at IS NULL RETURNING id`, [invitationId, organisationId]);
    if (!rows.length) throw new NotFoundError('invitations.notFound');
  }

  /** Invitations waiting for this account's answer (matched on its e-mail address). */
  mine(userId: string): Promise<MyInvitationDto[]> {
    return this.dataSource.query(
      `SELECT i.id, o.name AS "organisationName", i.role, c.name AS "cohortName",
              to_json(i.created_at) #>> '{}' AS "invitedAt", to_json(i.expires_at) #>> '{}' AS "expiresAt"
         FROM users u JOIN invitations i ON i.email = u.email AND i.organisation_id IS NOT NULL
         JOIN organisations o ON o.id = i.organisation_id LEFT JOIN cohorts c ON c.id = i.cohort_id
        WHERE u.id = $1 AND ${LIVE} AND i.declined_at IS NULL
        ORDER BY i.created_at DESC, i.id`,
      [userId],
    );
  }

  /** Accepting makes the account a member (and joins the invited cohort); declining only hides the invitation. */
  async respond(userId: string, invitationId: string, accept: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [invitation] = await manager.query(
        `SELECT i.organisation_id AS "organisationId", i.cohort_id AS "cohortId", i.role, (u.email_verified_at IS NOT NULL) AS "emailConfirmed"
           FROM invitations i JOIN users u ON u.email = i.email
          WHERE i.id = $1 AND u.id = $2 AND i.organisation_id IS NOT NULL AND ${LIVE} AND i.declined_at IS NULL
          FOR UPDATE OF i`,
        [invitationId, userId],
      );
      if (!invitation) throw new NotFoundError('invitations.notFound');
      if (!accept) {
        await manager.query(`UPDATE invitations SET declined_at = now() WHERE id = $1`, [invitationId]);
        return;
      }
      // Only the mailbox's owner may accept: someone who signed up with another person's address has not confirmed it.
      if (!invitation.emailConfirmed) throw new AppError(403, 'invitations.confirmEmailFirst');
      await manager.query(`UPDATE invitations SET used_at = now(), user_id = $2 WHERE id = $1`, [invitationId, userId]);
      // Someone who is already a member keeps the role they have.
      await manager.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [userId, invitation.organisationId, invitation.role]);
      for (const listener of this.acceptedListeners) await listener({ organisationId: invitation.organisationId, cohortId: invitation.cohortId, userId }, manager);
    });
  }

  /** What the link shows before logging in. A declined invitation answers as a waiting one (the organisation holds the link too). */
  async byToken(token: string): Promise<{ kind: 'organisation' | 'password'; organisationName: string | null; email: string | null }> {
    const [row] = await this.dataSource.query(
      `SELECT CASE WHEN i.organisation_id IS NULL THEN 'password' ELSE 'organisation' END AS kind, o.name AS "organisationName", i.email
         FROM invitations i LEFT JOIN organisations o ON o.id = i.organisation_id WHERE i.token_hash = $1 AND ${LIVE}`,
      [hashSessionToken(token)],
    );
    if (!row) throw new AppError(400, 'auth.invitationInvalid');
    return row;
  }

  /** An older link made when an organisation created the account: sets the password, once, and logs the person in. */
  async accept(token: string, password: string): Promise<{ userId: string; token: string }> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE invitations SET used_at = now() WHERE token_hash = $1 AND organisation_id IS NULL AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [hashSessionToken(token)],
      );
      if (!rows.length) throw new AppError(400, 'auth.invitationInvalid');
      await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [rows[0].user_id, await hashPassword(password)]);
      return rows[0].user_id as string;
    });
    return { userId, token: await this.sessions.open(userId) };
  }
}
