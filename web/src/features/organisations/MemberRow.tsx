import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';
import { MemberResetLink } from './MemberResetLink';
import { send } from './send';

type Member = Schemas['MemberDto'];
type Role = Member['role'];
export const ROLES: Role[] = ['org_admin', 'trainer', 'trainee'];

interface Props {
  organisationId: string;
  member: Member;
  manages: boolean;
  onRemoved: () => void;
  onOutcome: (outcome: { problem?: string; done?: string }) => void;
}

/** One member; for admins, a role select that saves at once and a remove button that asks first. */
export function MemberRow({ organisationId, member, manages, onRemoved, onOutcome }: Props) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [role, setRole] = useState<Role>(member.role);
  const [busy, setBusy] = useState(false);
  const path = { organisationId, userId: member.userId };
  const changeRole = async (next: Role) => {
    setRole(next);
    setBusy(true);
    const outcome = await send(
      () => api.PATCH('/api/organisations/{organisationId}/members/{userId}', { params: { path }, body: { role: next }, ...inLanguage(lang) }),
      t('common:load.failed'),
    );
    setBusy(false);
    if (outcome.ok) return onOutcome({ done: t('members.roleChanged', { name: member.displayName, role: t(`role.${next}`) }) });
    // The API refused (such as the last admin stepping down): the select shows the role actually held.
    setRole(member.role);
    onOutcome({ problem: outcome.message });
  };
  const remove = async () => {
    if (!window.confirm(t('members.confirmRemove', { name: member.displayName }))) return;
    setBusy(true);
    const outcome = await send(
      () => api.DELETE('/api/organisations/{organisationId}/members/{userId}', { params: { path }, ...inLanguage(lang) }),
      t('common:load.failed'),
    );
    setBusy(false);
    if (!outcome.ok) return onOutcome({ problem: outcome.message });
    onOutcome({ done: t('members.removed', { name: member.displayName }) });
    onRemoved();
  };
  const selectId = `role-${member.userId}`;
  return (
    <tr>
      {/* Name and e-mail share a cell, and the role select and remove button another: two columns fit a 360 px phone. */}
      <th scope="row" className="member-cell">
        {member.displayName}
        {member.email && <span className="member-cell__email"> {member.email}</span>}
      </th>
      <td>
        {manages ? (
          <span className="member-actions">
            <label htmlFor={selectId} className="visually-hidden">
              {t('members.roleOf', { name: member.displayName })}
            </label>
            <select id={selectId} className="org-select" value={role} disabled={busy} onChange={(e) => void changeRole(e.target.value as Role)}>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`role.${value}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void remove()}>
              {t('members.remove')} <span className="visually-hidden">{member.displayName}</span>
            </button>
            {member.role !== 'org_admin' && <MemberResetLink organisationId={organisationId} member={member} onProblem={(problem) => onOutcome({ problem })} />}
          </span>
        ) : (
          t(`role.${member.role}`)
        )}
      </td>
    </tr>
  );
}
