import { useTranslation } from 'react-i18next';
import type { Language } from './languages';

/** The language the interface is shown in, as the API expects it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
}
