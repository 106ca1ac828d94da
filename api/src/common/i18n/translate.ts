import type { Language } from './language.js';
import { en, type MessageKey } from './messages.en.js';
import { fr } from './messages.fr.js';

const catalogues: Record<Language, Record<string, string>> = { en, fr };

export const isMessageKey = (key: string): key is MessageKey => key in en || `${key}_other` in en;

/** The text of `key`; a plural message (`key_one`, `key_other`) takes the form that `count` calls for in `language`. */
function textOf(language: Language, key: MessageKey, params: Record<string, unknown>): string {
  const catalogue = catalogues[language];
  if (!(`${key}_other` in catalogue)) return catalogue[key];
  const count = Number(params.count);
  const form = Number.isFinite(count) ? new Intl.PluralRules(language).select(count) : 'other';
  return catalogue[`${key}_${form}`] ?? catalogue[`${key}_other`];
}

/** The message in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: Language, key: MessageKey, params: Record<string, unknown> = {}): string {
  return textOf(language, key, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
