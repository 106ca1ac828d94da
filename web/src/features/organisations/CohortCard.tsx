import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { AudienceBadge } from '../../components/AudienceBadge';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDay } from './format';

export function CohortCard({ organisationId, cohort }: { organisationId: string; cohort: Schemas['CohortDto'] }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const start = cohort.startsOn ? formatDay(cohort.startsOn, lang) : null;
  const end = cohort.endsOn ? formatDay(cohort.endsOn, lang) : null;
  return (
    <li className="card">
      <h3 className="module-card__title">
        <Link to={`/organisations/${organisationId}/cohorts/${cohort.id}`}>{cohort.name}</Link>
      </h3>
      <p className="module-card__meta">
        {cohort.audience === 'child' && <AudienceBadge audience="child" />}
        <span>{t('cohorts.members', { count: cohort.memberCount })}</span>
        {start && end ? (
          <span>{t('cohorts.fromTo', { start, end })}</span>
        ) : start ? (
          <span>{t('cohorts.from', { start })}</span>
        ) : end ? (
          <span>{t('cohorts.until', { end })}</span>
        ) : null}
      </p>
      {cohort.programme && (
        <p>
          {t('cohorts.programme')} <Link to={`/programmes/${cohort.programme.slug}`}>{cohort.programme.title}</Link>
        </p>
      )}
      <p>
        {t('cohorts.modules')} {cohort.modules.map((module) => module.title).join(' · ')}
      </p>
      {cohort.trainers.length > 0 && (
        <p>
          {t('cohorts.trainers')} {cohort.trainers.map((trainer) => trainer.displayName).join(', ')}
        </p>
      )}
    </li>
  );
}
