import { useTranslation } from 'react-i18next';

export function AudienceBadge({ audience }: { audience: 'professional' | 'child' }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${audience}`}>{t(`audience.${audience}`)}</span>;
}
