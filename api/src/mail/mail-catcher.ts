import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { SMTPServer } from 'smtp-server';

/** A message the in-process SMTP server received, as the development page shows it. */
export interface CaughtMessage {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** Every http(s) address in the text, so the demo can follow a verification or reset link. */
  links: string[];
}

const KEPT = 200;

/**
 * A real SMTP server on 127.0.0.1 that keeps the last messages in memory, for `npm start` and the tests when no
 * SMTP_URL is set (never in production). Messages go through a real SMTP conversation and a real MIME parser.
 */
export class MailCatcher {
  private readonly messages: CaughtMessage[] = [];
  private readonly arrivals = new EventEmitter();
  private nextId = 1;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(onMessage: (message: CaughtMessage) => void): Promise<MailCatcher> {
    // Imported lazily: production never loads the catcher's packages.
    const [{ SMTPServer }, { simpleParser }] = await Promise.all([import('smtp-server'), import('mailparser')]);
    let catcher: MailCatcher | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      banner: 'Clef development mail catcher',
      logger: false,
      closeTimeout: 1000,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
            const message = catcher!.keep({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to, subject: parsed.subject ?? '', text: parsed.text ?? '' });
            onMessage(message);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.server.address() as AddressInfo;
    catcher = new MailCatcher(server, port);
    return catcher;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  private keep(values: Omit<CaughtMessage, 'id' | 'receivedAt' | 'links'>): CaughtMessage {
    const message = { id: this.nextId++, receivedAt: new Date().toISOString(), ...values, links: values.text.match(/https?:\/\/\S+/g) ?? [] };
    this.messages.unshift(message);
    this.messages.length = Math.min(this.messages.length, KEPT);
    this.arrivals.emit('message', message);
    return message;
  }

  /** The first message, caught already or arriving later, that `matches` (tests and demos wait for mail this way). */
  waitFor(matches: (message: CaughtMessage) => boolean): Promise<CaughtMessage> {
    const caught = [...this.messages].reverse().find(matches);
    if (caught) return Promise.resolve(caught);
    return new Promise((resolve) => {
      const listener = (message: CaughtMessage) => {
        if (!matches(message)) return;
        this.arrivals.off('message', listener);
        resolve(message);
      };
      this.arrivals.on('message', listener);
    });
  }

  /** Newest first. */
  list(): CaughtMessage[] {
    return [...this.messages];
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
