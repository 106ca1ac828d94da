import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../../api/client';
import '../children.css';
import { useLanguage } from '../../../i18n/useLanguage';
import { problemText } from '../../organisations/send';
import { fileNameOf, saveFile } from './download';

const AGE_BANDS = ['10-12', '13-15', '16-17'] as const;
type AgeBand = (typeof AGE_BANDS)[number];
type Created = Schemas['ChildCredentialsDto'][];

/**
 * Accounts a trainer makes for the group: one nickname a line, one age band for all. The usernames and PINs exist
 * only in the answer: shown here once, or printed on login cards (PDF).
 */
export function CreateChildrenForm({ organisationId, cohortId, onCreated }: { organisationId: string; cohortId: string; onCreated: () => void }) {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const [names, setNames] = useState('');
  const [ageBand, setAgeBand] = useState<AgeBand | ''>('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [created, setCreated] = useState<Created>();
  const [cardsSaved, setCardsSaved] = useState<number>();
  const nicknames = names
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);

  const create = async (format: 'json' | 'pdf') => {
    if (nicknames.length === 0) return setProblem(t('admin.accounts.noNames'));
    if (nicknames.length > 60) return setProblem(t('admin.accounts.tooMany'));
    setBusy(true);
    setProblem(undefined);
    setCreated(undefined);
    setCardsSaved(undefined);
    const body = { children: nicknames.map((displayName) => ({ displayName, ...(ageBand && { ageBand }) })) };
    const params = { path: { organisationId, cohortId }, query: { format, lang } };
    try {
      if (format === 'pdf') {
        const { data, error, response } = await api.POST('/api/organisations/{organisationId}/cohorts/{cohortId}/children', { params, body, parseAs: 'blob' });
        if (!response.ok || !data) return setProblem(problemText(error, t('errors.failed')));
        saveFile(data as unknown as Blob, fileNameOf(response, `clef-cards-${lang}.pdf`));
        setCardsSaved(nicknames.length);
      } else {
        const { data, error, response } = await api.POST('/api/organisations/{organisationId}/cohorts/{cohortId}/children', { params, body });
        if (!response.ok || !data) return setProblem(problemText(error, t('errors.failed')));
        setCreated((data as Schemas['CreatedChildrenDto']).children);
      }
      setNames('');
      onCreated();
    } catch {
      setProblem(t('errors.offline'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="org-section card" aria-labelledby="child-accounts-title">
      <h2 id="child-accounts-title">{t('admin.accounts.title')}</h2>
      <p>{t('admin.accounts.intro')}</p>
      <form className="org-form" noValidate onSubmit={(event: FormEvent) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="child-names">{t('admin.accounts.names')}</label>
          <p id="child-names-hint" className="field__hint">
            {t('admin.accounts.namesHint')}
          </p>
          <textarea id="child-names" rows={6} value={names} onChange={(event) => setNames(event.target.value)} aria-describedby="child-names-hint" />
        </div>
        <div className="field">
          <label htmlFor="child-age">{t('admin.accounts.ageBand')}</label>
          <select id="child-age" value={ageBand} onChange={(event) => setAgeBand(event.target.value as AgeBand | '')}>
            <option value="">{t('admin.accounts.ageBandNone')}</option>
            {AGE_BANDS.map((band) => (
              <option key={band} value={band}>
                {t('join.ageBandValue', { band: band.replace('-', '–') })}
              </option>
            ))}
          </select>
        </div>
        {problem && (
          <p role="alert" className="notice notice--error">
            {problem}
          </p>
        )}
        <p className="actions">
          <button type="button" className="button" disabled={busy} onClick={() => void create('json')}>
            {t('admin.accounts.createShow')}
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void create('pdf')}>
            {t('admin.accounts.createCards')}
          </button>
        </p>
      </form>
      <div role="status">
        {cardsSaved !== undefined && <p className="notice notice--success">{t('admin.accounts.cardsSaved', { count: cardsSaved })}</p>}
      </div>
      {created && (
        <div className="notice notice--warning">
          <p>{t('admin.accounts.onlyOnce')}</p>
          <div className="table-scroll">
            <table className="data-table data-table--compact">
              <caption className="visually-hidden">{t('admin.accounts.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.accounts.name')}</th>
                  <th scope="col">{t('admin.accounts.username')}</th>
                  <th scope="col">{t('admin.accounts.pin')}</th>
                </tr>
              </thead>
              <tbody>
                {created.map((child) => (
                  <tr key={child.userId}>
                    <th scope="row">{child.displayName}</th>
                    <td>{child.username}</td>
                    <td className="child-pin">{child.pin}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
