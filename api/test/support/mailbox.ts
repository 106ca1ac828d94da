import type { CaughtMessage } from '../../src/mail/mail-catcher.js';
import { MailService } from '../../src/mail/mail.service.js';
import type { TestApp } from './test-app.js';

/** Every message the app's in-process SMTP server received so far, newest first. */
export function caughtMail(testApp: TestApp): CaughtMessage[] {
  const catcher = testApp.app.get(MailService).catcher;
  if (!catcher) throw new Error('this app sends mail to SMTP_URL: nothing is caught in process');
  return catcher.list();
}

/**
 * The next message to `to` (after `afterId`) whose subject matches. Account mail leaves after the answer, so this
 * waits for the SMTP conversation to end; it fails only when no such message arrives at all.
 */
export async function nextMail(testApp: TestApp, to: string, subject: RegExp = /./, afterId = 0): Promise<CaughtMessage> {
  for (let tries = 0; tries < 500; tries++) {
    const found = caughtMail(testApp).find((m) => m.id > afterId && m.to.includes(to.toLowerCase()) && subject.test(m.subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no message to ${to} matching ${subject}; caught: ${caughtMail(testApp).map((m) => `${m.to} "${m.subject}"`).join('; ')}`);
}

/** The newest message id so far (0 when none), to wait for what comes after it. */
export const lastMailId = (testApp: TestApp) => caughtMail(testApp)[0]?.id ?? 0;

/** The token of the `/verify-email/…` or `/reset-password/…` link in a message. */
export function linkToken(message: CaughtMessage, page: 'verify-email' | 'reset-password'): string {
  const link = message.links.find((l) => l.includes(`/${page}/`));
  if (!link) throw new Error(`no /${page}/ link in "${message.subject}": ${message.text}`);
  return link.split(`/${page}/`)[1];
}
