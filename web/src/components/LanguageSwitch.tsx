import { useTranslation } from 'react-i18next';

/** One button to the other language; i18next remembers the choice across visits. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.resolvedLanguage === 'fr' ? 'en' : 'fr';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      aria-label={t('language.switchToLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('language.switchTo')}
    </button>
  );
}
