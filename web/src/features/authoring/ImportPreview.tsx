import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ImportedAnswers } from './ImportedAnswers';

/**
 * What a question bank would become, question by question: created (and what it loses on the way in) or refused
 * with its reason. Only shown; the import itself is confirmed below it.
 */
export function ImportPreview({ preview }: { preview: Schemas['ImportPreviewDto'] }) {
  const { t } = useTranslation('authoring');
  const typeName = (type: string | undefined) => (type ? t(`questionType.${type}`) : '');
  const summaryId = useId();
  const changed = preview.questions.filter((item) => item.notes.length > 0).length;
  return (
    <>
      <h3 id={summaryId}>
        {t('import.summary', { ready: t('import.readyCount', { count: preview.ready }), refused: t('import.refusedCount', { count: preview.refused }) })}
      </h3>
      {changed > 0 && <p>{t('import.changedCount', { count: changed })}</p>}
      {/* Focusable so that keyboard users can scroll the table sideways on a narrow screen. */}
      <div className="table-scroll" role="region" aria-labelledby={summaryId} tabIndex={0}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('import.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.number')}</th>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.question')}</th>
              <th scope="col">{t('import.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.questions.map((item) => (
              <Fragment key={item.number}>
                <tr className={item.status === 'refused' ? 'data-table__problem' : item.notes.length > 0 ? 'import-noted' : undefined}>
                  <td>{item.number}</td>
                  <td>{item.line ?? '—'}</td>
                  <td>{item.title}</td>
                  <td>{item.status === 'ready' ? t('import.willCreate', { type: typeName(item.question?.type) }) : t('import.refused', { reason: item.reason ?? '' })}</td>
                </tr>
                {(item.question || item.notes.length > 0) && (
                  // A row of its own, the table's full width: answers and notes stay readable in a narrow column at 360 px.
                  <tr className="import-notes-row">
                    <td colSpan={4}>
                      {item.question && <ImportedAnswers question={item.question} number={item.number} />}
                      {item.notes.length > 0 && (
                        <ul className="import-notes" aria-label={t('import.notes', { number: item.number })}>
                          {item.notes.map((note) => (
                            <li key={note}>{note}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
