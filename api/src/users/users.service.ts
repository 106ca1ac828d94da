import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language } from '../common/i18n/language.js';
import type { MeDto } from '../auth/dto/me.dto.js';
import { redrawChangedSql } from '../reports/breakdown-noise.js';
import { User } from './user.entity.js';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get users() {
    return this.dataSource.getRepository(User);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ where: { email: normalizeEmail(email) } });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id } });
  }

  /** Returns undefined when the e-mail is taken (the unique index decides, so a race cannot create two). */
  async create(
    values: { email: string; displayName: string; passwordHash: string | null; preferredLanguage: Language; platformRole?: 'admin' },
    manager = this.dataSource.manager,
  ): Promise<User | undefined> {
    const result = await manager
      .getRepository(User)
      .createQueryBuilder()
      .insert()
      .values({ ...values, email: normalizeEmail(values.email), platformRole: values.platformRole ?? null })
      .orIgnore()
      .returning('*')
      .execute();
    const id = result.identifiers[0]?.id as string | undefined;
    return id ? ((await manager.findOne(User, { where: { id } })) ?? undefined) : undefined;
  }

  async update(id: string, values: Partial<Pick<User, 'displayName' | 'preferredLanguage' | 'passwordHash' | 'sector' | 'jobTitle' | 'country' | 'gender'>>): Promise<void> {
    // Saving any profile field makes every one of them the person's own declaration (breakdowns count only those).
    const declared = (['sector', 'jobTitle', 'country', 'gender'] as const).some((field) => values[field] !== undefined);
    if (declared) {
      await this.dataSource.query(redrawChangedSql(), [id, values.gender !== undefined, values.gender ?? null, values.sector !== undefined, values.sector ?? null]);
    }
    if (Object.keys(values).length > 0) await this.users.update({ id }, declared ? { ...values, profileDeclaredAt: new Date() } : values);
  }

  async profile(id: string): Promise<MeDto> {
    const user = await this.users.findOneOrFail({ where: { id } });
    const memberships = await this.dataSource.query(
      `SELECT m.organisation_id AS "organisationId", o.name AS "organisationName", m.role
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY o.name`,
      [id],
    );
    return {
      id: user.id,
      email: user.email,
      emailVerified: user.emailVerifiedAt !== null,
      displayName: user.displayName,
      preferredLanguage: user.preferredLanguage,
      platformRole: user.platformRole,
      memberships,
      sector: user.sector,
      jobTitle: user.jobTitle,
      country: user.country,
      gender: user.gender,
      accountKind: user.accountKind,
      username: user.username,
      ageBand: user.ageBand,
      consentRecorded: user.accountKind === 'adult' || (await this.dataSource.query(`SELECT 1 FROM child_consents WHERE user_id = $1`, [id])).length > 0,
    };
  }
}
