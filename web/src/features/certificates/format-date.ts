import type { Language } from '../../i18n/languages';

export const formatDate = (iso: string, language: Language) =>
  // UTC, like the PDF: the day printed and the day shown must be the same.
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
