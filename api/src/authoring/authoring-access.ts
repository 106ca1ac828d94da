import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource, EntityManager } from 'typeorm';
import { Module } from '../catalogue/entities/module.entity.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { AppError } from '../common/errors/app-error.js';

const AUTHOR_ROLES = ['trainer', 'org_admin'];

/** Which modules a person may edit: their organisations' modules; bundled ones and everything for platform admins. */
@Injectable()
export class AuthoringAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async authorOrganisations(user: CurrentUser): Promise<string[]> {
    const rows: { organisationId: string }[] = await this.dataSource.query(
      `SELECT organisation_id AS "organisationId" FROM memberships WHERE user_id = $1 AND role = ANY($2)`,
      [user.id, AUTHOR_ROLES],
    );
    return rows.map((row) => row.organisationId);
  }

  /**
   * The module, if this person may edit it. Another organisation's module is 404 (as if it did not exist);
   * a bundled module is visible in the catalogue, so non-admins get 403 for it.
   */
  async editableModule(user: CurrentUser, slug: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Module> {
    const module = await manager.findOne(Module, { where: { slug }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!module) throw new AppError(404, 'authoring.moduleNotFound', { slug });
    if (user.platformRole === 'admin') return module;
    if (module.organisationId === null) throw new AppError(403, 'authoring.contentModuleAdminOnly');
    if (!(await this.authorOrganisations(user)).includes(module.organisationId)) throw new AppError(404, 'authoring.moduleNotFound', { slug });
    return module;
  }
}

/** Only trainers and org admins (of any organisation) and platform admins reach the authoring routes; others get 403. */
@Injectable()
export class AuthoringGuard implements CanActivate {
  constructor(private readonly access: AuthoringAccess) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = context.switchToHttp().getRequest<FastifyRequest>().user;
    if (!user) throw new AppError(401, 'error.unauthorized');
    if (user.platformRole === 'admin') return true;
    if ((await this.access.authorOrganisations(user)).length === 0) throw new AppError(403, 'authoring.notAuthor');
    return true;
  }
}
