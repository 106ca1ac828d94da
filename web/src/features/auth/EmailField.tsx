import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

/** The e-mail address input of the account forms, with the phone keyboard and autofill it needs. */
export function EmailField({ idPrefix, value, onChange, error }: { idPrefix: string; value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation('auth');
  return (
    <TextField
      id={`${idPrefix}-email`}
      label={t('fields.email')}
      type="email"
      inputMode="email"
      autoComplete="email"
      autoCapitalize="none"
      spellCheck={false}
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  );
}
