import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';
import { ROLES } from './MemberRow';
import { AddedMemberNotice } from './AddedMemberNotice';
import { send } from './send';

type Role = Schemas['AddMemberDto']['role'];

/** Invites someone by e-mail: they join once they accept, logged in with that address (or after creating their account). */
export function AddMemberForm({ organisationId, onAdded }: { organisationId: string; onAdded: () => void }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('trainee');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [added, setAdded] = useState<Schemas['InvitedMemberDto'] | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    // A link shown earlier must not stay on screen next to someone else's address.
    setAdded(null);
    const outcome = await send(
      () => api.POST('/api/organisations/{organisationId}/members', { params: { path: { organisationId } }, body: { email, role }, ...inLanguage(lang) }),
      t('common:load.failed'),
    );
    setBusy(false);
    if (!outcome.ok) return setProblem(outcome.message);
    setAdded(outcome.data);
    setEmail('');
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
