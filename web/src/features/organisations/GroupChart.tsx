import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { formatNumber } from './format';
import { groupLabel } from './group-label';

/**
 * A breakdown as bars drawn in plain SVG (no chart library). Each group's bar is its members; the upper half, solid,
 * those who completed; the lower half, hatched, those certified: told apart by place and pattern, never by colour
 * alone, with every figure written beside it. The chart is hidden from assistive technology because the table
 * below it is the accessible version with the same figures.
 */
export function GroupChart({ groups }: { groups: Schemas['GroupFiguresDto'][] }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const largest = Math.max(1, ...groups.map((group) => group.members));
  const width = (value: number) => (100 * Math.max(0, value)) / largest;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <div className="group-chart" aria-hidden="true">
      <svg width="0" height="0" className="group-chart__defs" focusable="false">
        <defs>
          <pattern id={hatch} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" className="group-chart__certified-back" />
            <line x1="0" y1="0" x2="0" y2="4" className="group-chart__hatch" />
          </pattern>
        </defs>
      </svg>
      <p className="group-chart__legend">{t('groups.chart.legend')}</p>
      {groups.map((group) => (
        <div key={group.group} className="group-chart__row">
          <p className="group-chart__label">
            <strong>{groupLabel(t, group.group)}</strong> {t('groups.chart.figures', { members: n(group.members), completed: n(group.completed), certified: n(group.certified) })}
          </p>
          <svg className="group-chart__bar" viewBox="0 0 100 12" preserveAspectRatio="none" focusable="false">
            <rect x="0" y="0" width={width(group.members)} height="12" className="group-chart__members" />
            <rect x="0" y="0" width={width(group.completed)} height="6" className="group-chart__completed" />
            <rect x="0" y="6" width={width(group.certified)} height="6" fill={`url(#${hatch})`} />
          </svg>
        </div>
      ))}
    </div>
  );
}
