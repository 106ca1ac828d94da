import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../../api/client';
import '../children.css';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApi } from '../../../lib/useApi';
import { inLanguage } from '../../auth/language-query';
import { formatDateTime } from '../../organisations/format';
import { send } from '../../organisations/send';

type ClassCode = Schemas['ClassCodeDto'];

/** A children's group's class code: shown grouped, with its expiry; made anew, revoked, printed on a sheet in FR or EN. */
export function ClassCodePanel({ organisationId, cohortId }: { organisationId: string; cohortId: string }) {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const path = { organisationId, cohortId };
  const [changed, setChanged] = useState<{ code: ClassCode | null; note: string }>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { state } = useApi((signal) => api.GET('/api/organisations/{organisationId}/cohorts/{cohortId}/class-code', { params: { path }, ...inLanguage(lang), signal }), [organisationId, cohortId, lang]);
  const code = changed ? changed.code : state.status === 'ok' ? state.data : null;

  const regenerate = async () => {
    if (code && !window.confirm(t('admin.code.confirmRegenerate'))) return;
    setBusy(true);
    setProblem(undefined);
    const outcome = await send(() => api.POST('/api/organisations/{organisationId}/cohorts/{cohortId}/class-code', { params: { path }, ...inLanguage(lang) }), t('errors.failed'));
    setBusy(false);
    if (outcome.ok) setChanged({ code: outcome.data, note: t('admin.code.created') });
    else setProblem(outcome.message);
  };
  const revoke = async () => {
    if (!window.confirm(t('admin.code.confirmRevoke'))) return;
    setBusy(true);
    setProblem(undefined);
    const outcome = await send(() => api.DELETE('/api/organisations/{organisationId}/cohorts/{cohortId}/class-code', { params: { path }, ...inLanguage(lang) }), t('errors.failed'));
    setBusy(false);
    if (outcome.ok) setChanged({ code: null, note: t('admin.code.revoked') });
    else setProblem(outcome.message);
  };
  const sheet = (language: 'fr' | 'en') => `/api/organisations/${organisationId}/cohorts/${cohortId}/class-code/sheet?lang=${language}`;

  return (
    <section className="org-section card" aria-labelledby="class-code-title">
      <h2 id="class-code-title">{t('admin.code.title')}</h2>
      <p>{t('admin.code.intro')}</p>
      {state.status === 'loading' && !changed ? (
        <p role="status">{t('common:load.loading')}</p>
      ) : code ? (
        <>
          <p className="class-code">
            <span className="visually-hidden">{t('admin.code.label')} </span>
            {code.code}
          </p>
          <p className={code.expired ? 'notice notice--warning' : 'org-muted'}>
            {code.expired ? t('admin.code.expired', { day: formatDateTime(code.expiresAt, lang) }) : t('admin.code.expires', { day: formatDateTime(code.expiresAt, lang) })}
          </p>
          <p className="actions">
            <a className="button button--secondary" href={sheet('fr')} download>
              {t('admin.code.sheetFr')}
            </a>
            <a className="button button--secondary" href={sheet('en')} download>
              {t('admin.code.sheetEn')}
            </a>
          </p>
        </>
      ) : (
        <p>{t('admin.code.none')}</p>
      )}
      <p className="actions">
        <button type="button" className="button" onClick={() => void regenerate()} disabled={busy}>
          {code ? t('admin.code.regenerate') : t('admin.code.create')}
        </button>
        {code && (
          <button type="button" className="button button--secondary" onClick={() => void revoke()} disabled={busy}>
            {t('admin.code.revoke')}
          </button>
        )}
      </p>
      <p role="status">{changed?.note}</p>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
    </section>
  );
}
