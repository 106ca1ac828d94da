import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

export type MemberRole = Schemas['MemberDto']['role'];
export interface MemberFilter {
  q: string;
  role: MemberRole | '';
}

const ROLES: MemberRole[] = ['org_admin', 'trainer', 'trainee'];

/** Find members by part of a name or e-mail and narrow them to one role; the role applies at once, the words on submit. */
export function MemberFilters({ value, onApply }: { value: MemberFilter; onApply: (filter: MemberFilter) => void }) {
  const { t } = useTranslation('organisations');
  const [q, setQ] = useState(value.q);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...value, q: q.trim() });
  };
  return (
    <form role="search" aria-label={t('members.filter')} className="filters" onSubmit={submit}>
      <div className="field">
        <label htmlFor="members-q">{t('members.search')}</label>
        <input id="members-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="members-role">{t('members.roleFilter')}</label>
        <select id="members-role" value={value.role} onChange={(e) => onApply({ q: q.trim(), role: e.target.value as MemberFilter['role'] })}>
          <option value="">{t('members.allRoles')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('members.find')}
        </button>
      </div>
    </form>
  );
}
