/** Whatever can GET a path of the app under test: a page's request context, or fetch bound to its address. */
interface Getter {
  get(path: string): Promise<{ json(): Promise<unknown> }>;
}

/** The token of the newest `/verify-email/…` link the in-process SMTP server caught for `email` (waits for the mail). */
export async function mailedVerifyToken(app: Getter, email: string): Promise<string> {
  for (;;) {
    const caught = (await (await app.get('/api/dev/mail')).json()) as { to: string[]; links: string[] }[];
    const link = caught.find((message) => message.to.includes(email))?.links.find((l) => l.includes('/verify-email/'));
    if (link) return link.split('/verify-email/')[1];
    // Account mail leaves just after the sign-up's answer.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
