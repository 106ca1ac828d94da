import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { RosterCounts } from './RosterCounts';

/** Rows shown besides those with a problem, which are always all shown: a 5,000-row table helps nobody. */
const SHOWN_VALID_ROWS = 100;

/** What the import would do: counts, the rows (every problem with the API's message), and the import button. */
export function RosterPreview({ preview, busy, onImport }: { preview: Schemas['RosterPreviewDto']; busy: boolean; onImport: () => void }) {
  const { t } = useTranslation('organisations');
  const valid = preview.counts.invite + preview.counts.member;
  let validShown = 0;
  const rows = preview.rows.filter((row) => row.status === 'invalid' || validShown++ < SHOWN_VALID_ROWS);
  return (
    <div className="roster__preview">
      <h3>{t('roster.preview.title')}</h3>
      <p>{t('roster.preview.nothingSaved')}</p>
      <RosterCounts counts={preview.counts} />
      {preview.unusedColumns.length > 0 && (
        <p>
          {t('roster.preview.unusedColumns', { count: preview.unusedColumns.length, columns: preview.unusedColumns.join(', ') })}
        </p>
      )}
      {rows.length < preview.rows.length && <p className="field__hint">{t('roster.preview.partial', { shown: rows.length, count: preview.rows.length })}</p>}
      <div className="table-scroll" role="region" aria-labelledby="roster-rows-title" tabIndex={0}>
        <table className="data-table">
          <caption id="roster-rows-title" className="visually-hidden">
            {t('roster.preview.rows')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.preview.line')}</th>
              <th scope="col">{t('roster.preview.name')}</th>
              <th scope="col">{t('roster.preview.email')}</th>
              <th scope="col">{t('roster.preview.status')}</th>
              <th scope="col">{t('roster.preview.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} className={row.status === 'invalid' ? 'data-table__problem' : undefined}>
                <th scope="row" className="data-table__number">{row.line}</th>
                <td>{row.displayName}</td>
                <td className="data-table__wrap">{row.email}</td>
                <td>{t(`roster.rowStatus.${row.status}`)}</td>
                <td>
                  {row.problems.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="org-problems">
                      {row.problems.map((problem) => (
                        <li key={`${problem.field}-${problem.code}`}>{problem.message}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {valid === 0 ? (
        <p>{t('roster.preview.noneValid')}</p>
      ) : (
        <p>
          <button type="button" className="button" disabled={busy} onClick={onImport}>
            {t('roster.preview.import', { count: valid })}
          </button>
        </p>
      )}
    </div>
  );
}
