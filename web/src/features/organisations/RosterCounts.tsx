import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { formatNumber } from './format';

const KEYS = ['rows', 'invite', 'invited', 'member', 'invalid'] as const;

/** Rows in the file, invitations, members added at once and skipped rows, as small figures. */
export function RosterCounts({ counts, enrolments }: { counts: Schemas['RosterCountsDto']; enrolments?: number }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  return (
    <dl className="figures figures--small">
      {KEYS.map((key) => (
        <div key={key} className="figure">
          <dt>{t(`roster.counts.${key}`)}</dt>
          <dd>{formatNumber(counts[key], lang)}</dd>
        </div>
      ))}
      {enrolments !== undefined && (
        <div className="figure">
          <dt>{t('roster.counts.enrolments')}</dt>
          <dd>{formatNumber(enrolments, lang)}</dd>
        </div>
      )}
    </dl>
  );
}
