import type { i18n as I18n } from 'i18next';
import { useContext } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

/**
 * The i18next instance itself. useTranslation() hands out a copy that keeps the language it was
 * made with and is replaced after each change: right for rendering, wrong for effects and listeners.
 */
export function useI18nInstance(): I18n {
  return useContext(I18nContext)?.i18n ?? getI18n();
}
