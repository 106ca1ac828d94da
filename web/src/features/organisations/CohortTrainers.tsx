import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';
import { send } from './send';

interface Props {
  organisationId: string;
  cohort: Schemas['CohortDto'];
  manages: boolean;
  onChanged: (cohort: Schemas['CohortDto']) => void;
}

/**
 * Who runs the cohort; admins can take a trainer off it after confirming. The API refuses to take away the last
 * certified adult of a children's group, and its message is shown here.
 */
export function CohortTrainers({ organisationId, cohort, manages, onChanged }: Props) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState('');
  if (cohort.trainers.length === 0) return null;
  if (!manages) {
    return (
      <p>
        {t('cohorts.trainers')} {cohort.trainers.map((trainer) => trainer.displayName).join(', ')}
      </p>
    );
  }
  const remove = async (trainer: Schemas['CohortPersonDto']) => {
    if (!window.confirm(t('cohorts.confirmRemoveTrainer', { name: trainer.displayName, cohort: cohort.name }))) return;
    setBusy(true);
    const outcome = await send(
      () =>
        api.DELETE('/api/organisations/{organisationId}/cohorts/{cohortId}/trainers/{userId}', {
          params: { path: { organisationId, cohortId: cohort.id, userId: trainer.userId } },
          ...inLanguage(lang),
        }),
      t('common:load.failed'),
    );
    setBusy(false);
    setProblem(outcome.ok ? undefined : outcome.message);
    setDone(outcome.ok ? t('cohorts.trainerRemoved', { name: trainer.displayName }) : '');
    if (outcome.ok) onChanged(outcome.data);
  };
  return (
    <div>
      <p id={`trainers-${cohort.id}`}>{t('cohorts.trainers')}</p>
      <ul className="cohort-trainers" aria-labelledby={`trainers-${cohort.id}`}>
        {cohort.trainers.map((trainer) => (
          <li key={trainer.userId}>
            {trainer.displayName}{' '}
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void remove(trainer)}>
              {t('cohorts.removeTrainer')} <span className="visually-hidden">{t('cohorts.removeTrainerWho', { name: trainer.displayName, cohort: cohort.name })}</span>
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <p role="status">{done}</p>
    </div>
  );
}
