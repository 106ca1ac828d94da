import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { formatNumber, formatPercent } from './format';

const COUNTS = ['members', 'enrolled', 'started', 'completed', 'certified'] as const;

/** The cohort's totals as big figures. */
export function DashboardTotals({ totals }: { totals: Schemas['DashboardTotalsDto'] }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  return (
    <section className="org-section">
      <h2 id="totals-title">{t('totals.title')}</h2>
      <dl className="figures">
        {COUNTS.map((key) => (
          <div key={key} className="figure">
            <dt>{t(`totals.${key}`)}</dt>
            <dd>{formatNumber(totals[key], lang)}</dd>
          </div>
        ))}
        <div className="figure figure--highlight">
          <dt>{t('totals.certificationRate')}</dt>
          <dd>{formatPercent(totals.certificationRate, lang)}</dd>
        </div>
      </dl>
    </section>
  );
}
