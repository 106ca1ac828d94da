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
    this.invitations.onInvited((invitation, manager) => this.send(invitation, manager));
  }

  private async send(invitation: { organisationId: string; email: string; link: string }, manager: EntityManager): Promise<void> {
    const [{ name }] = await manager.query(`SELECT name FROM organisations WHERE id = $1`, [invitation.organisationId]);
    const params = { organisation: name, days: INVITATION_DAYS, link: invitation.link };
    const text = LANGUAGES.map((language) => translate(language, 'mail.invitation.body', params)).join('\n\n—\n\n');
    const subject = LANGUAGES.map((language) => translate(language, 'mail.invitation.subject', params)).join(' / ');
    this.mail.sendLater({ to: invitation.email, subject, text: `${text}\n\n${translate('fr', 'mail.signature')}\n` });
  }
}
