import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../../api/client';
import { LoadState } from '../../../components/LoadState';
import '../children.css';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApi } from '../../../lib/useApi';
import { inLanguage } from '../../auth/language-query';
import { formatDateTime } from '../../organisations/format';
import { PageNav } from '../../organisations/PageNav';
import { send } from '../../organisations/send';
import { saveFile } from './download';

const PAGE_SIZE = 20;
type Child = Schemas['ChildSummaryDto'];

/**
 * The organisation's children, for its admins, or one group's children, for its trainers: consent recorded or not,
 * locked accounts, a new PIN; for admins also the export of everything held about a child and its deletion. Least
 * recently active first; a year without activity is flagged.
 */
export function ChildrenSection({ organisationId, cohortId, manages = true }: { organisationId: string; cohortId?: string; manages?: boolean }) {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const [page, setPage] = useState(1);
  const [note, setNote] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [newPin, setNewPin] = useState<Schemas['NewSecretDto']>();
  const { state, reload } = useApi(
    (signal) =>
      cohortId
        ? api.GET('/api/organisations/{organisationId}/cohorts/{cohortId}/children', { params: { path: { organisationId, cohortId }, query: { page, pageSize: PAGE_SIZE } }, ...inLanguage(lang), signal })
        : api.GET('/api/organisations/{organisationId}/children', { params: { path: { organisationId }, query: { page, pageSize: PAGE_SIZE } }, ...inLanguage(lang), signal }),
    [organisationId, cohortId, page, lang],
  );
  const path = (child: Child) => ({ path: { organisationId, userId: child.userId } });

  const act = async (request: () => Promise<{ data?: unknown; error?: unknown; response: Response }>, done: string) => {
    setProblem(undefined);
    setNote(undefined);
    setNewPin(undefined);
    const outcome = await send(request, t('errors.failed'));
    if (!outcome.ok) return setProblem(outcome.message), undefined;
    setNote(done);
    reload();
    return outcome.data;
  };

  const recordConsent = (child: Child) =>
    act(() => api.PUT('/api/organisations/{organisationId}/children/{userId}/consent', { params: path(child), ...inLanguage(lang) }), t('admin.children.consentRecorded', { name: child.displayName }));
  const withdrawConsent = (child: Child) => {
    if (!window.confirm(t('admin.children.confirmWithdraw', { name: child.displayName }))) return;
    void act(() => api.DELETE('/api/organisations/{organisationId}/children/{userId}/consent', { params: path(child), ...inLanguage(lang) }), t('admin.children.consentWithdrawn', { name: child.displayName }));
  };
  const unlock = (child: Child) =>
    act(() => api.POST('/api/organisations/{organisationId}/children/{userId}/unlock', { params: path(child), ...inLanguage(lang) }), t('admin.children.unlocked', { name: child.displayName }));
  const resetSecret = async (child: Child) => {
    if (!window.confirm(t('admin.children.confirmReset', { name: child.displayName }))) return;
    const secret = await act(() => api.POST('/api/organisations/{organisationId}/children/{userId}/secret', { params: path(child), ...inLanguage(lang) }), t('admin.children.reset', { name: child.displayName }));
    if (secret) setNewPin(secret as Schemas['NewSecretDto']);
  };
  const exportData = async (child: Child) => {
    setProblem(undefined);
    const outcome = await send(() => api.GET('/api/organisations/{organisationId}/children/{userId}/export', { params: path(child), ...inLanguage(lang) }), t('errors.failed'));
    if (!outcome.ok) return setProblem(outcome.message);
    saveFile(new Blob([JSON.stringify(outcome.data, null, 2)], { type: 'application/json' }), `clef-child-${child.username}.json`);
    setNote(t('admin.children.exported', { name: child.displayName }));
  };
  const remove = (child: Child) => {
    if (!window.confirm(t('admin.children.confirmDelete', { name: child.displayName }))) return;
    void act(() => api.DELETE('/api/organisations/{organisationId}/children/{userId}', { params: path(child), ...inLanguage(lang) }), t('admin.children.deleted', { name: child.displayName }));
  };

  return (
    <section id="children" className="org-section" aria-labelledby="children-title">
      <h2 id="children-title">{t(cohortId ? 'admin.children.groupTitle' : 'admin.children.title')}</h2>
      <p>{t(manages ? 'admin.children.intro' : 'admin.children.introTrainer')}</p>
      <div role="status">
        {note && <p className="notice notice--success">{note}</p>}
        {newPin && (
          <p className="notice notice--warning">
            {t('admin.children.newPin', { username: newPin.username })} <strong className="child-pin">{newPin.pin}</strong>
          </p>
        )}
      </div>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>{t('admin.children.empty')}</p>
      ) : (
        <>
          <ul className="org-list">
            {state.data.items.map((child) => (
              <li key={child.userId} className="card child-row">
                <h3 className="module-card__title">
                  {child.displayName} <span className="org-muted">({child.username})</span>
                </h3>
                <p className="module-card__meta">
                  {child.groups.map((group) => (
                    <span key={group.cohortId}>{group.name}</span>
                  ))}
                  {child.ageBand && <span>{t('join.ageBandValue', { band: child.ageBand.replace('-', '–') })}</span>}
                  <span>{child.lastActiveAt ? t('admin.children.lastActive', { when: formatDateTime(child.lastActiveAt, lang) }) : t('admin.children.neverActive')}</span>
                </p>
                <p className="module-card__meta">
                  <span className={child.consentRecorded ? 'badge badge--valid' : 'badge badge--expired'}>
                    {child.consentRecorded ? t('admin.children.consentYes') : t('admin.children.consentNo')}
                  </span>
                  {child.locked && <span className="badge badge--revoked">{t('admin.children.locked')}</span>}
                  {child.inactiveForAYear && <span className="badge badge--expired">{t('admin.children.inactive')}</span>}
                </p>
                <p className="member-actions">
                  {child.consentRecorded ? (
                    <button type="button" className="button button--secondary" onClick={() => withdrawConsent(child)}>
                      {t('admin.children.withdraw')}
                      <span className="visually-hidden"> — {child.displayName}</span>
                    </button>
                  ) : (
                    <button type="button" className="button" onClick={() => void recordConsent(child)}>
                      {t('admin.children.record')}
                      <span className="visually-hidden"> — {child.displayName}</span>
                    </button>
                  )}
                  {child.locked && (
                    <button type="button" className="button" onClick={() => void unlock(child)}>
                      {t('admin.children.unlock')}
                      <span className="visually-hidden"> — {child.displayName}</span>
                    </button>
                  )}
                  <button type="button" className="button button--secondary" onClick={() => void resetSecret(child)}>
                    {t('admin.children.resetSecret')}
                    <span className="visually-hidden"> — {child.displayName}</span>
                  </button>
                  {manages && (
                    <>
                      <button type="button" className="button button--secondary" onClick={() => void exportData(child)}>
                        {t('admin.children.export')}
                        <span className="visually-hidden"> — {child.displayName}</span>
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => remove(child)}>
                        {t('admin.children.delete')}
                        <span className="visually-hidden"> — {child.displayName}</span>
                      </button>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <PageNav label={t('admin.children.pages')} page={page} pageSize={PAGE_SIZE} total={state.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
