import type { i18n as I18n } from 'i18next';
import type { Language } from '../../i18n/languages';

export function toLanguage(code: string | undefined): Language {
  return code?.startsWith('fr') ? 'fr' : 'en';
}

/** The language the interface is shown in, read when needed rather than at render. */
export function languageOf(i18n: I18n): Language {
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}

/**
 * Request options that add `?lang=`. The account routes declare no query parameter in the OpenAPI
 * document, yet the API reads `lang` on every route to translate its messages; a per-request
 * serialiser adds it without loosening the client's types.
 */
export function inLanguage(lang: Language) {
  return { querySerializer: () => `lang=${lang}` };
}
