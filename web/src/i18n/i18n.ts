import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, type Language } from './languages';
import { NAMESPACES, resources } from './resources';

const supported = (code: string | null | undefined): Language | undefined =>
  LANGUAGES.find((language) => code?.toLowerCase().split('-')[0] === language);

/** The remembered choice, else the browser's first supported language (a few lines instead of a detector package). */
function detectLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage refused (private mode, policies): the browser's language decides.
  }
  return supported(stored) ?? navigator.languages.map(supported).find(Boolean) ?? FALLBACK_LANGUAGE;
}

/** The choice is remembered in localStorage; on a first visit the browser's language decides. */
export async function initI18n(language?: string) {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = instance.resolvedLanguage ?? lng;
    const chosen = instance.resolvedLanguage ?? lng;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, chosen);
    } catch {
      // Not remembered: the next visit follows the browser's language again.
    }
    // The server renders a lesson's first HTML in this language too (api/src/app/lesson-page.ts).
    if (typeof document !== 'undefined') document.cookie = `clef_lang=${chosen}; path=/; max-age=31536000; samesite=lax`;
  });
  await instance.init({
    resources,
    lng: supported(language) ?? detectLanguage(),
    ns: NAMESPACES,
    defaultNS: 'common',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: FALLBACK_LANGUAGE,
    interpolation: { escapeValue: false },
  });
  return instance;
}
