import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { formatNumber } from './format';
import { GroupChart } from './GroupChart';
import { groupLabel } from './group-label';

/** One small breakdown: a chart, then the table (the accessible version) with a row per group: members, completions, certificates. */
export function GroupTable({ id, title, groups }: { id: string; title: string; groups: Schemas['GroupFiguresDto'][] }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  return (
    <div className="group-table">
      <h3 id={`${id}-title`}>{title}</h3>
      {groups.length === 0 ? (
        <p>{t('groups.empty')}</p>
      ) : (
        <>
          <GroupChart groups={groups} />
          <div className="table-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
            <table className="data-table data-table--compact" aria-labelledby={`${id}-title`}>
              <thead>
                <tr>
                  <th scope="col">{t('groups.group')}</th>
                  <th scope="col">{t('groups.members')}</th>
                  <th scope="col">{t('groups.completed')}</th>
                  <th scope="col">{t('groups.certified')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => (
                  <tr key={group.group} className={group.group === 'suppressed' ? 'data-table__merged' : undefined}>
                    <th scope="row">{groupLabel(t, group.group)}</th>
                    <td className="data-table__number">{formatNumber(group.members, lang)}</td>
                    <td className="data-table__number">{formatNumber(group.completed, lang)}</td>
                    <td className="data-table__number">{formatNumber(group.certified, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
