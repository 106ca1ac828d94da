import type { Language } from '../common/i18n/language.js';
import { translate } from '../common/i18n/translate.js';
import type { Audience } from './content.types.js';
import type { CountryDefinition, CountryFact } from './countries.schema.js';

/** The placeholders a lesson may hold, written `{{name}}`, and the country value each stands for. */
export const PLACEHOLDERS = {
  helpline: 'helplines',
  emergency: 'emergency',
  'reporting-authority': 'reportingAuthority',
  'age-of-criminal-responsibility': 'ageOfCriminalResponsibility',
  'reporting-duty': 'reportingDuty',
} as const satisfies Record<string, keyof CountryDefinition>;
export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** Any `{{…}}`: markdown-it leaves braces as text, so the same pattern finds them in Markdown and in rendered HTML. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const isPlaceholder = (name: string): name is PlaceholderName => Object.hasOwn(PLACEHOLDERS, name);

/** The `{{…}}` in a text that name no known placeholder. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]).filter((name) => !isPlaceholder(name));
}

/**
 * Whom a lesson is resolved for: the reader's country (none for a public lesson), and the module's audience. A
 * children's module shows only verified values (children read nothing else) and speaks to the reader as "tu".
 */
export interface Reader {
  country?: CountryDefinition;
  audience: Audience;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function factsFor(country: CountryDefinition | undefined, name: PlaceholderName): CountryFact[] {
  const value = country?.[PLACEHOLDERS[name]];
  if (!value) return [];
  return Array.isArray(value) ? value : [value as CountryFact];
}

/** The text that stands for one placeholder: the country's values (unverified ones marked, and never for a child), else the fallback sentence. */
export function placeholderText(name: PlaceholderName, language: Language, reader: Reader): string {
  const forChild = reader.audience === 'child';
  const shown = factsFor(reader.country, name).filter((fact) => fact.verified || !forChild);
  if (shown.length === 0) return translate(language, `country.fallback.${forChild ? 'child' : 'adult'}.${name}`);
  const texts = shown.map((fact) => (fact.verified ? fact.value[language] : `${fact.value[language]} ${translate(language, 'country.toConfirm')}`));
  return texts.join(translate(language, 'country.or'));
}

/** Replaces the placeholders of rendered lesson HTML for one reader; an unknown one (content:check refuses them) is left as written. */
export function resolvePlaceholders(html: string, language: Language, reader: Reader): string {
  return html.replace(PLACEHOLDER_PATTERN, (whole, name: string) => (isPlaceholder(name) ? escapeHtml(placeholderText(name, language, reader)) : whole));
}
