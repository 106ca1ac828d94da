import { useTranslation } from 'react-i18next';

export function FieldError({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation('auth');
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {message}
    </p>
  );
}
