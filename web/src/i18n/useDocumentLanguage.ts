import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps <html lang> on the language being shown, for screen readers and hyphenation. */
export function useDocumentLanguage() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
