import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';
import { send } from './send';

type Member = Schemas['MemberDto'];

/**
 * For an org admin: a single-use link a member without e-mail access opens to choose a password. The link lives
 * only in this component's state: once hidden, nobody can show it again, here or in the API.
 */
export function MemberResetLink({ organisationId, member, onProblem }: { organisationId: string; member: Member; onProblem: (message: string) => void }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Schemas['MemberResetLinkDto'] | null>(null);
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [made]);

  const make = async () => {
    setBusy(true);
    const outcome = await send(
      () => api.POST('/api/organisations/{organisationId}/members/{userId}/reset-link', { params: { path: { organisationId, userId: member.userId } }, ...inLanguage(lang) }),
      t('common:load.failed'),
    );
    setBusy(false);
    if (!outcome.ok) return onProblem(outcome.message);
    setCopied(false);
    setMade(outcome.data);
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(made!.link).catch(() => undefined);
    setCopied(true);
  };

  if (!made) {
    return (
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void make()}>
        {t('resetLink.make')} <span className="visually-hidden">{member.displayName}</span>
      </button>
    );
  }
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(made.expiresAt));
  return (
    <div ref={box} tabIndex={-1} className="notice notice--warning one-time-password" role="alert">
      <p>
        <strong>{t('resetLink.title', { name: member.displayName })}</strong>
      </p>
      <p>{t('resetLink.intro', { name: member.displayName, date })}</p>
      <p>
        <code className="one-time-password__value">{made.link}</code>
      </p>
      <p className="member-actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('resetLink.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('resetLink.print')}
        </button>
        <button type="button" className="button" onClick={() => setMade(null)}>
          {t('resetLink.dismiss')}
        </button>
      </p>
      <p role="status" className="form-status">
        {copied ? t('resetLink.copied') : ''}
      </p>
    </div>
  );
}
