import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';
import { ROLES } from './MemberRow';
import { AddedMemberNotice } from './AddedMemberNotice';
import { send } from './send';

type Role = Schemas['AddMemberDto']['role'];

/** Adds someone by e-mail; when the address has no account yet, the API creates one with an invitation link. */
export function AddMemberForm({ organisationId, onAdded }: { organisationId: string; onAdded: () => void }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('trainee');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [added, setAdded] = useState<Schemas['AddedMemberDto'] | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    // A password shown earlier must not stay on screen next to someone else's name.
    setAdded(null);
    const outcome = await send(
      () => api.POST('/api/organisations/{organisationId}/members', { params: { path: { organisationId } }, body: { email, displayName, role }, ...inLanguage(lang) }),
      t('common:load.failed'),
    );
    setBusy(false);
    if (!outcome.ok) return setProblem(outcome.message);
    setAdded(outcome.data);
    setEmail('');
    setDisplayName('');
    onAdded();
  };
  return (
    <>
      <form className="card org-form" onSubmit={(event) => void submit(event)}>
        <h3>{t('addMember.title')}</h3>
        <p className="field__hint">{t('addMember.hint')}</p>
        <div className="field">
          <label htmlFor="member-email">{t('addMember.email')}</label>
          <input id="member-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required maxLength={254} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="member-name">{t('addMember.name')}</label>
          <input id="member-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} required maxLength={80} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="member-role">{t('addMember.role')}</label>
          <select id="member-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {problem && (
          <p role="alert" className="notice notice--error">
            {problem}
          </p>
        )}
        <p>
          <button type="submit" className="button" disabled={busy}>
            {t('addMember.submit')}
          </button>
        </p>
      </form>
      {added && <AddedMemberNotice added={added} onDismiss={() => setAdded(null)} />}
    </>
  );
}
