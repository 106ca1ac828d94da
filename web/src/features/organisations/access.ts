import type { User } from '../auth/session-context';

/** Who gets the "My organisations" link: platform admins, and admins or trainers of at least one organisation. */
export const runsTraining = (user: User): boolean =>
  user.platformRole === 'admin' || user.memberships.some((membership) => membership.role === 'org_admin' || membership.role === 'trainer');

/** Organisation admins, and platform admins (who may act as admins of any organisation). */
export const managesOrganisation = (user: User | null, organisationId: string): boolean =>
  user !== null &&
  (user.platformRole === 'admin' || user.memberships.some((membership) => membership.organisationId === organisationId && membership.role === 'org_admin'));
