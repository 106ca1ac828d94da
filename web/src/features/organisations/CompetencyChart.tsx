import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { formatPercent } from './format';

/**
 * The competency profile as horizontal bars drawn with CSS (no chart library in the bundle). The bars are
 * a list whose items say the figures in words, so screen readers get the same numbers as the eye.
 */
export function CompetencyChart({ competencies }: { competencies: Schemas['CompetencyScoreDto'][] }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  return (
    <section className="org-section">
      <h2 id="competencies-title">{t('competencies.title')}</h2>
      <p className="field__hint">{t('competencies.hint')}</p>
      {competencies.length === 0 ? (
        <p>{t('competencies.none')}</p>
      ) : (
        <ul className="bar-chart" aria-labelledby="competencies-title">
          {competencies.map((competency) => (
            <li key={competency.code} className="bar-chart__item">
              <span className="bar-chart__label">
                <span className="competency-code">{competency.code}</span> {competency.title}
              </span>
              <span className="bar-chart__track" aria-hidden="true">
                <span className="bar-chart__fill" style={{ width: `${Math.min(100, Math.max(0, competency.share ?? 0))}%` }} />
              </span>
              <span className="bar-chart__value">
                {competency.share === null || competency.share === undefined
                  ? t('competencies.noAnswers')
                  : t('competencies.share', { percent: formatPercent(competency.share, lang), correct: competency.correct, total: competency.answers })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
