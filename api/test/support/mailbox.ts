import type { CaughtMessage } from '../../src/mail/mail-catcher.js';
import { MailService } from '../../src/mail/mail.service.js';
import type { TestApp } from './test-app.js';

function catcherOf(testApp: TestApp) {
  const catcher = testApp.app.get(MailService).catcher;
  if (!catcher) throw new Error('this app sends mail to SMTP_URL: nothing is caught in process');
  return catcher;
}

/**
 * The next message to `to` (after `afterId`) whose subject matches. Account mail leaves after the answer, so this
 * waits for the SMTP conversation to end (the test's own timeout ends a wait for a message that never comes).
 */
export function nextMail(testApp: TestApp, to: string, subject: RegExp = /./, afterId = 0): Promise<CaughtMessage> {
  return catcherOf(testApp).waitFor((m) => m.id > afterId && m.to.includes(to.toLowerCase()) && subject.test(m.subject));
}

/** The next message to `to` carrying a `/verify-email/…` or `/reset-password/…` link, and that link's token (other mail, such as an invitation, may come first). */
export async function nextLinkToken(testApp: TestApp, to: string, page: 'verify-email' | 'reset-password'): Promise<string> {
  const message = await catcherOf(testApp).waitFor((m) => m.to.includes(to.toLowerCase()) && m.links.some((l) => l.includes(`/${page}/`)));
  return linkToken(message, page);
}

/** The newest message id so far (0 when none), to wait for what comes after it. */
export const lastMailId = (testApp: TestApp) => catcherOf(testApp).list()[0]?.id ?? 0;

/** The token of the `/verify-email/…` or `/reset-password/…` link in a message. */
export function linkToken(message: CaughtMessage, page: 'verify-email' | 'reset-password'): string {
  const link = message.links.find((l) => l.includes(`/${page}/`));
  if (!link) throw new Error(`no /${page}/ link in "${message.subject}": ${message.text}`);
  return link.split(`/${page}/`)[1];
}
