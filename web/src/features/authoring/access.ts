import type { User } from '../auth/session-context';
import { runsTraining } from '../organisations/access';

/** Who reaches the authoring space: the same people the API lets in (trainers, org admins, platform admins). */
export const canAuthor = (user: User | null): boolean => user !== null && runsTraining(user);

/** Organisations in which the user may create a module. */
export const authoringOrganisations = (user: User) =>
  user.memberships.filter((membership) => membership.role === 'org_admin' || membership.role === 'trainer');
