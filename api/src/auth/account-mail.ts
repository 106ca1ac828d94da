import type { Language } from '../common/i18n/language.js';
import type { MessageKey } from '../common/i18n/messages.en.js';
import { translate } from '../common/i18n/translate.js';
import type { OutgoingMail } from '../mail/mail.service.js';

export type AccountMailKind = 'verify' | 'reset' | 'claim' | 'taken' | 'adminLink';

/** One account message in the recipient's language: greeting, body, signature. */
export function accountMail(kind: AccountMailKind, to: { email: string; displayName: string; language: Language }, params: Record<string, unknown>): OutgoingMail {
  const t = (key: MessageKey, values: Record<string, unknown> = {}) => translate(to.language, key, values);
  const body = t(`mail.${kind}.body` as MessageKey, params);
  return {
    to: to.email,
    subject: t(`mail.${kind}.subject` as MessageKey),
    text: `${t('mail.greeting', { name: to.displayName })}\n\n${body}\n\n${t('mail.signature')}\n`,
  };
}
