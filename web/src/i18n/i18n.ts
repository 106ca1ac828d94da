import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY } from './languages';
import { NAMESPACES, resources } from './resources';

/** The choice is remembered in localStorage; on a first visit the browser's language decides. */
export async function initI18n(language?: string) {
  const instance = i18next.createInstance();
  instance.use(LanguageDetector).use(initReactI18next);
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = instance.resolvedLanguage ?? lng;
  });
  await instance.init({
    resources,
    lng: language,
    ns: NAMESPACES,
    defaultNS: 'common',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: FALLBACK_LANGUAGE,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });
  return instance;
}
