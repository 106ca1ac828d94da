import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

/**
 * The invitation just made. Its link lives only in this component's props: once dismissed (or replaced by the next
 * invitation) nobody can show it again, here or in the API. The same notice whether or not the address has an account.
 */
export function AddedMemberNotice({ added, onDismiss }: { added: Schemas['InvitedMemberDto']; onDismiss: () => void }) {
  const { t } = useTranslation('organisations');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [added]);
  return (
    <div ref={box} tabIndex={-1} className="notice notice--warning one-time-password" role="alert">
      <p>{t('addMember.invited', { email: added.invitation.email })}</p>
      <p>
        {t('addMember.link')} <code className="one-time-password__value">{added.link}</code>
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
