import type { Language } from '../../common/i18n/language.js';

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** "23 November 2026", « 23 novembre 2026 », « 1er mars 2026 ». */
export function formatCertificateDate(date: Date, language: Language, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).formatToParts(date);
  // French writes the first day of a month as an ordinal; Intl does not.
  return parts
    .map(({ type, value }) => (language === 'fr' && type === 'day' && value === '1' ? '1er' : value))
    .join('');
}
