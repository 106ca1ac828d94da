import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { ProgressBar } from '../learning/ProgressBar';
import { formatPercent } from './format';

/** The learner's progress in each module of the cohort. */
export function LearnerModules({ modules, titles }: { modules: Schemas['MemberModuleProgressDto'][]; titles: Map<string, string> }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  return (
    <section className="org-section">
      <h2 id="learner-progress-title">{t('learner.progress')}</h2>
      <ul className="org-list">
        {modules.map((module) => (
          <li key={module.slug} className="card">
            <h3 className="module-card__title">{titles.get(module.slug) ?? module.slug}</h3>
            <ProgressBar
              value={module.lessonsRead}
              max={module.lessonCount}
              label={t('learner.lessons', { count: module.lessonsRead, total: module.lessonCount })}
            />
            <dl className="facts">
              <dt>{t('progress.status')}</dt>
              <dd>{t(`status.${module.status}`)}</dd>
              <dt>{t('learner.attemptCount')}</dt>
              <dd>{module.attempts}</dd>
              <dt>{t('progress.best')}</dt>
              <dd>{module.bestScore === null || module.bestScore === undefined ? '—' : formatPercent(module.bestScore, lang)}</dd>
              <dt>{t('progress.certificate')}</dt>
              <dd>{t(`certificate.${module.certificate}`)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
