import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { AudienceBadge } from '../../components/AudienceBadge';
import { CompetencyBadges } from '../../components/CompetencyBadges';

export function ModuleCard({ module }: { module: Schemas['ModuleSummaryDto'] }) {
  const { t } = useTranslation('catalogue');
  return (
    <article className="card module-card">
      <h2 className="module-card__title">
        <Link to={`/modules/${module.slug}`}>{module.title}</Link>
      </h2>
      <p className="module-card__meta">
        <AudienceBadge audience={module.audience} />
        <span>
          <span className="visually-hidden">{t('card.duration')} </span>
          {t('common:minutes', { count: module.minutes })}
        </span>
      </p>
      <p>{module.summary}</p>
      <CompetencyBadges competencies={module.competencies} label={t('card.competencies')} />
    </article>
  );
}
