import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LANGUAGES } from '../common/i18n/language.js';
import { translate } from '../common/i18n/translate.js';
import { MailService } from '../mail/mail.service.js';
import { INVITATION_DAYS, InvitationsService } from './invitations.service.js';

/**
 * Mails each invitation to the address the organisation typed. Nothing is looked up about that address (it may have
 * no account), so the message is written in both languages, French first.
 */
@Injectable()
export class InvitationMailService implements OnModuleInit {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.invitations.onInvited((organisationId, invitations, manager) => this.send(organisationId, invitations, manager));
  }

  /** One look-up of the organisation's name for a whole roster's invitations, then one message each. */
  private async send(organisationId: string, invitations: { email: string; link: string }[], manager: EntityManager): Promise<void> {
    const [{ name }] = await manager.query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
    const both = (key: 'mail.invitation.subject' | 'mail.invitation.body', params: Record<string, unknown>, separator: string) =>
      LANGUAGES.map((language) => translate(language, key, params)).join(separator);
    const subject = both('mail.invitation.subject', { organisation: name }, ' / ');
    for (const { email, link } of invitations) {
      const text = both('mail.invitation.body', { organisation: name, days: INVITATION_DAYS, link }, '\n\n—\n\n');
      this.mail.sendLater({ to: email, subject, text: `${text}\n\n${translate('fr', 'mail.signature')}\n` });
    }
  }
}
