import type { Language } from '../../i18n/languages';

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** A calendar day such as a cohort's start ('2026-12-01'), shown as that day wherever the reader is. */
export const formatDay = (isoDay: string, language: Language) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));

export const formatDateTime = (iso: string, language: Language) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** The API gives percentages from 0 to 100. */
export const formatPercent = (percent: number, language: Language) =>
  new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);

export const formatNumber = (value: number, language: Language) => new Intl.NumberFormat(locale(language)).format(value);
