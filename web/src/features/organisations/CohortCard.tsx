import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { AudienceBadge } from '../../components/AudienceBadge';
import { useLanguage } from '../../i18n/useLanguage';
import { CohortTrainers } from './CohortTrainers';
import { formatDay } from './format';

interface Props {
  organisationId: string;
  cohort: Schemas['CohortDto'];
  manages: boolean;
}

export function CohortCard({ organisationId, cohort: loaded, manages }: Props) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [cohort, setCohort] = useState(loaded);
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
      <CohortTrainers organisationId={organisationId} cohort={cohort} manages={manages} onChanged={setCohort} />
    </li>
  );
}
