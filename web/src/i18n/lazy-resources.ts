import { useTranslation } from 'react-i18next';
import authoringEn from './locales/en/authoring.json';
import authoringFr from './locales/fr/authoring.json';

/**
 * Namespaces loaded with their (lazy) pages rather than with the first page. Import this file only from lazily loaded
 * code: it carries the strings. locales.test.ts checks these like the others.
 */
export const lazyResources = {
  fr: { authoring: authoringFr },
  en: { authoring: authoringEn },
} as const;

type LazyNamespace = keyof (typeof lazyResources)['en'];

/** Adds a lazy namespace to the running i18next instance (once), before the page's strings are asked for. */
export function useLazyNamespace(namespace: LazyNamespace) {
  const { i18n } = useTranslation();
  for (const language of ['fr', 'en'] as const) {
    if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, lazyResources[language][namespace]);
  }
}
