import { SetMetadata } from '@nestjs/common';

export const ACCESS = 'clef:access';

export type OrganisationRoleName = 'org_admin' | 'trainer' | 'trainee';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'loggedIn' }
  | { kind: 'platformAdmin' }
  | { kind: 'organisation'; roles: OrganisationRoleName[] };

/** The route needs no login: anyone may call it. Every route says who may call it. */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies AccessRule);

/** Any logged-in user; what they may see is then limited to their own data by the service. */
export const LoggedIn = () => SetMetadata(ACCESS, { kind: 'loggedIn' } satisfies AccessRule);

/** Platform administrators only. */
export const PlatformAdmin = () => SetMetadata(ACCESS, { kind: 'platformAdmin' } satisfies AccessRule);

/**
 * Members of the organisation named by the route's `:organisationId` with one of these roles, and platform
 * admins. Anyone else gets 404, as if the organisation did not exist; a member without the role gets 403.
 */
export const OrganisationRoles = (...roles: OrganisationRoleName[]) => SetMetadata(ACCESS, { kind: 'organisation', roles } satisfies AccessRule);
