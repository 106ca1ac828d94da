import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { AddMemberForm } from './AddMemberForm';
import { InvitationsList } from './InvitationsList';
import { type MemberFilter, MemberFilters } from './MemberFilters';
import { MemberRow } from './MemberRow';
import { PageNav } from './PageNav';

const PAGE_SIZE = 20;

/** The organisation's members, a page at a time; admins change roles, remove people, and invite and see who is invited. */
export function MembersSection({ organisationId, manages }: { organisationId: string; manages: boolean }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<MemberFilter>({ q: '', role: '' });
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState('');
  const [invitedVersion, setInvitedVersion] = useState(0);
  const { state, reload } = useApi(
    (signal) => api.GET('/api/organisations/{organisationId}/members', { params: { path: { organisationId }, query: { lang, page, pageSize: PAGE_SIZE, q: filter.q || undefined, role: filter.role || undefined } }, signal }),
    [organisationId, lang, page, filter.q, filter.role],
  );
  const report = (outcome: { problem?: string; done?: string }) => {
    setProblem(outcome.problem);
    setDone(outcome.done ?? '');
  };
  return (
    <section id="members" className="org-section">
      <h2 id="members-title">{t('members.title')}</h2>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <p role="status">{done}</p>
      <MemberFilters
        value={filter}
        onApply={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : (
        <>
          <p>{t('members.count', { count: state.data.total })}</p>
          <div className="table-scroll" role="region" aria-labelledby="members-title" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('members.name')}</th>
                  <th scope="col">{t('members.role')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((member) => (
                  <MemberRow key={member.userId} organisationId={organisationId} member={member} manages={manages} onRemoved={reload} onOutcome={report} />
                ))}
              </tbody>
            </table>
          </div>
          <PageNav label={t('members.pages')} page={page} pageSize={PAGE_SIZE} total={state.data.total} onPage={setPage} />
        </>
      )}
      {manages && <InvitationsList organisationId={organisationId} version={invitedVersion} onOutcome={report} />}
      {manages && <AddMemberForm organisationId={organisationId} onAdded={() => setInvitedVersion((n) => n + 1)} />}
    </section>
  );
}
