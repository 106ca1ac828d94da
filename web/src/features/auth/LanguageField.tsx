import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { describedBy } from './described-by';
import { FieldError } from './FieldError';
import { toLanguage } from './language-query';

interface LanguageFieldProps {
  id: string;
  value: Language;
  onChange: (value: Language) => void;
  error?: string;
}

export function LanguageField({ id, value, onChange, error }: LanguageFieldProps) {
  const { t } = useTranslation('auth');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{t('fields.language')}</label>
      {error && <FieldError id={`${id}-error`} message={error} />}
      <select
        id={id}
        value={value}
        autoComplete="language"
        onChange={(event) => onChange(toLanguage(event.target.value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
