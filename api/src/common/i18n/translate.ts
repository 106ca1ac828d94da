import type { Language } from './language.js';
import { en, type MessageKey } from './messages.en.js';
import { fr } from './messages.fr.js';

const catalogues: Record<Language, Record<MessageKey, string>> = { en, fr };

export const isMessageKey = (key: string): key is MessageKey => key in en;

/** The message in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: Language, key: MessageKey, params: Record<string, unknown> = {}): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
