import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password.js';
import { Membership } from '../organisations/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { UsersService } from '../users/users.service.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { ClassCodesService } from '../children/class-codes.service.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { ensureDemoChildrenGroup } from './demo-children-group.js';
import { ensureDemoCohort } from './demo-cohort.js';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION, type DemoAccount } from './demo-accounts.js';

/** Demo accounts and organisation, created once; never called in production (see main.ts). */
@Injectable()
export class DemoDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly cohorts: CohortsService,
    private readonly certificates: CertificatesService,
    private readonly classCodes: ClassCodesService,
  ) {}

  /** The demo accounts, and the class code with which a child joins the demo children's group. */
  async ensure(): Promise<{ accounts: DemoAccount[]; classCode?: string }> {
    const organisations = this.dataSource.getRepository(Organisation);
    const organisation =
      (await organisations.findOne({ where: { name: DEMO_ORGANISATION.name } })) ?? (await organisations.save(organisations.create(DEMO_ORGANISATION)));
    for (const account of DEMO_ACCOUNTS) {
      const user =
        (await this.users.findByEmail(account.email)) ??
        (await this.users.create({
          email: account.email,
          displayName: account.displayName,
          passwordHash: await hashPassword(account.password),
          preferredLanguage: 'fr',
          platformRole: account.platformRole,
        }));
      if (user && account.organisationRole) {
        await this.dataSource
          .createQueryBuilder()
          .insert()
          .into(Membership)
          .values({ userId: user.id, organisationId: organisation.id, role: account.organisationRole })
          .orIgnore()
          .execute();
      }
    }
    const idOf = async (email: string) => (await this.users.findByEmail(email))!.id;
    const trainer = await idOf(DEMO_ACCOUNTS.find((a) => a.organisationRole === 'trainer')!.email);
    const trainee = await idOf(DEMO_ACCOUNTS.find((a) => a.organisationRole === 'trainee')!.email);
    await this.dataSource.transaction((manager) => ensureDemoCohort(manager, this.cohorts, organisation.id, trainer, trainee));
    const services = { dataSource: this.dataSource, cohorts: this.cohorts, certificates: this.certificates, classCodes: this.classCodes };
    const classCode = await ensureDemoChildrenGroup(services, organisation.id, trainer);
    return { accounts: DEMO_ACCOUNTS, classCode };
  }
}
