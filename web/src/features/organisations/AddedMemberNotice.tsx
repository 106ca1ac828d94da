import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

/**
 * What adding a member did. A new account's invitation link lives only in this component's props:
 * once dismissed (or replaced by the next addition) nobody can show it again, here or in the API.
 */
export function AddedMemberNotice({ added, onDismiss }: { added: Schemas['AddedMemberDto']; onDismiss: () => void }) {
  const { t } = useTranslation('organisations');
  const box = useRef<HTMLDivElement>(null);
  const name = added.member.displayName;
  useEffect(() => box.current?.focus(), [added]);
  if (!added.created || !added.invitationLink) {
    return (
      <div ref={box} tabIndex={-1} className="notice notice--success" role="status">
        <p>{t('addMember.existing', { name })}</p>
      </div>
    );
  }
  return (
    <div ref={box} tabIndex={-1} className="notice notice--warning one-time-password" role="alert">
      <p>{t('addMember.created', { name, email: added.member.email ?? '' })}</p>
      <p>
        {t('addMember.link')} <code className="one-time-password__value">{added.invitationLink}</code>
      </p>
      <p>
        <strong>{t('addMember.linkWarning')}</strong>
      </p>
      <p>
        <button type="button" className="button" onClick={onDismiss}>
          {t('addMember.dismiss')}
        </button>
      </p>
    </div>
  );
}
