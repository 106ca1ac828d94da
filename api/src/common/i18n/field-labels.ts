import type { Language } from './language.js';

/** How a person reads each request field's name in messages; fields not listed are shown as they are. */
const LABELS: Record<Language, Record<string, string>> = {
  fr: {
    displayName: 'Nom',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    preferredLanguage: 'Langue',
    sector: 'Secteur',
    jobTitle: 'Fonction',
    country: 'Pays',
    gender: 'Genre',
    name: 'Nom',
    kind: 'Type',
    role: 'Rôle',
    reason: 'Motif',
    startsOn: 'Date de début',
    endsOn: 'Date de fin',
    moduleSlugs: 'Modules',
    programmeSlug: 'Parcours',
    q: 'Recherche',
    page: 'Page',
    pageSize: 'Taille de page',
    position: 'Numéro de leçon',
  },
  en: {
    displayName: 'Name',
    email: 'E-mail address',
    password: 'Password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    preferredLanguage: 'Language',
    jobTitle: 'Job title',
    moduleSlugs: 'Modules',
    programmeSlug: 'Programme',
    startsOn: 'Start date',
    endsOn: 'End date',
    q: 'Search',
    pageSize: 'Page size',
    position: 'Lesson number',
  },
};

export const fieldLabel = (language: Language, field: string) => LABELS[language][field] ?? field;
