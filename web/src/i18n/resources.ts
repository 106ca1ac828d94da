import assessmentEn from './locales/en/assessment.json';
import authEn from './locales/en/auth.json';
import certificatesEn from './locales/en/certificates.json';
import childrenEn from './locales/en/children.json';
import learningEn from './locales/en/learning.json';
import catalogueEn from './locales/en/catalogue.json';
import commonEn from './locales/en/common.json';
import competenciesEn from './locales/en/competencies.json';
import homeEn from './locales/en/home.json';
import organisationsEn from './locales/en/organisations.json';
import offlineEn from './locales/en/offline.json';
import assessmentFr from './locales/fr/assessment.json';
import authFr from './locales/fr/auth.json';
import certificatesFr from './locales/fr/certificates.json';
import childrenFr from './locales/fr/children.json';
import learningFr from './locales/fr/learning.json';
import catalogueFr from './locales/fr/catalogue.json';
import commonFr from './locales/fr/common.json';
import competenciesFr from './locales/fr/competencies.json';
import homeFr from './locales/fr/home.json';
import organisationsFr from './locales/fr/organisations.json';
import offlineFr from './locales/fr/offline.json';

/** Namespaced by feature: locales/{fr,en}/<feature>.json hold the same keys (a test checks). */
export const resources = {
  fr: { common: commonFr, home: homeFr, catalogue: catalogueFr, competencies: competenciesFr, assessment: assessmentFr, learning: learningFr, certificates: certificatesFr, auth: authFr, organisations: organisationsFr, children: childrenFr, offline: offlineFr },
  en: { common: commonEn, home: homeEn, catalogue: catalogueEn, competencies: competenciesEn, assessment: assessmentEn, learning: learningEn, certificates: certificatesEn, auth: authEn, organisations: organisationsEn, children: childrenEn, offline: offlineEn },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
