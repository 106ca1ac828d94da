import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/config.js';
import { MailCatcher } from './mail-catcher.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail through SMTP_URL; outside production, when it is unset, through an SMTP server started in this
 * process (MailCatcher), whose messages the development page lists. Production without SMTP_URL does not start.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;
  private catcherInstance?: MailCatcher;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    let url = this.config.smtpUrl;
    if (!url) {
      this.catcherInstance = await MailCatcher.start((message) =>
        this.logger.log(`Caught a message to ${message.to.join(', ')}: "${message.subject}" ${message.links.join(' ')} (all at /dev/mail)`),
      );
      url = this.catcherInstance.url;
      this.logger.log(`No SMTP_URL: messages are caught by an SMTP server on ${url} and listed at ${this.config.publicUrl}/dev/mail`);
    }
    // One kept-open connection carries message after message, rather than a new SMTP conversation each time.
    this.transport = createTransport({ url, pool: true, maxConnections: 2 } as Parameters<typeof createTransport>[0]);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    this.transport?.close();
    await this.catcherInstance?.stop();
  }

  /** The in-process catcher, when there is one (development and tests). */
  get catcher(): MailCatcher | undefined {
    return this.catcherInstance;
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport!.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
  }

  /**
   * Sends after the answer has gone: the answer then takes the same time whether a message was sent or not, so it
   * cannot tell who has an account. A failure is logged; the person can ask again.
   */
  sendLater(mail: OutgoingMail): void {
    const sending = this.send(mail)
      .catch((error: Error) => this.logger.error(`Could not send "${mail.subject}": ${error.message}`))
      .finally(() => this.pending.delete(sending));
    this.pending.add(sending);
  }
}
