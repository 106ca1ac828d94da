import { SetMetadata } from '@nestjs/common';

export const ACCESS = 'clef:access';

export type OrganisationRoleName = 'org_admin' | 'trainer' | 'trainee';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'developmentOnly' }
  | { kind: 'loggedIn' }
  | { kind: 'platformAdmin' }
  | { kind: 'organisation'; roles: OrganisationRoleName[] }
  | { kind: 'child' };

/** The route needs no login: anyone may call it. Every route says who may call it. */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies AccessRule);

/** Anyone outside production (demo and test tools such as the caught mail); in production the route answers 404. */
export const DevelopmentOnly = () => SetMetadata(ACCESS, { kind: 'developmentOnly' } satisfies AccessRule);

/** Any logged-in user; what they may see is then limited to their own data by the service. */
export const LoggedIn = () => SetMetadata(ACCESS, { kind: 'loggedIn' } satisfies AccessRule);

/** Platform administrators only. */
export const PlatformAdmin = () => SetMetadata(ACCESS, { kind: 'platformAdmin' } satisfies AccessRule);

/**
 * Members of the organisation named by the route's `:organisationId` with one of these roles, and platform
 * admins. Anyone else gets 404, as if the organisation did not exist; a member without the role gets 403.
 */
export const OrganisationRoles = (...roles: OrganisationRoleName[]) => SetMetadata(ACCESS, { kind: 'organisation', roles } satisfies AccessRule);

/** Child accounts only (their own space: who they are, their feedback). */
export const ChildrenOnly = () => SetMetadata(ACCESS, { kind: 'child' } satisfies AccessRule);

export const CHILDREN = 'clef:children';

/** How a logged-in route treats child accounts; a route without it refuses them (403). */
export interface ChildrenRule {
  /** Learning routes: refused (403) until the organisation recorded a parent's or guardian's consent. */
  afterConsent: boolean;
}

/**
 * Lets child accounts call a @LoggedIn route too. Children are refused by default on every route that is
 * not public, so a new adult route cannot leak people or scores to them by forgetting a check.
 */
export const OpenToChildren = (rule: ChildrenRule = { afterConsent: false }) => SetMetadata(CHILDREN, rule);
