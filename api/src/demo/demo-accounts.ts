import type { OrganisationRole } from '../organisations/membership.entity.js';

export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  platformRole?: 'admin';
  organisationRole?: OrganisationRole;
}

/** Created by `npm start` outside production, printed on start and listed in the README. */
export const DEMO_ORGANISATION = { name: 'Centre de formation Clef (démo)', kind: 'training_centre' as const, country: 'CA' };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'trainee@demo.clef.test', password: 'demo-trainee-2026', displayName: 'Amina Diallo', organisationRole: 'trainee' },
  { email: 'trainer@demo.clef.test', password: 'demo-trainer-2026', displayName: 'Julien Tremblay', organisationRole: 'trainer' },
  { email: 'orgadmin@demo.clef.test', password: 'demo-orgadmin-2026', displayName: 'Fatou Ndiaye', organisationRole: 'org_admin' },
  { email: 'admin@demo.clef.test', password: 'demo-admin-2026', displayName: 'Élodie Moreau', platformRole: 'admin' },
];
