import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, seriousAccessibilityViolations } from './support/browser';
import { openMailedLink } from './support/caught-mail';

const TEXTS = {
  fr: {
    locale: 'fr-FR',
    name: 'Nom',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    newPassword: 'Nouveau mot de passe',
    createAccount: 'Créer mon compte',
    checkEmail: 'Consultez votre messagerie',
    confirm: 'Confirmer mon adresse',
    forgotLink: 'Mot de passe oublié\u00a0?',
    sendLink: 'Envoyez-moi un lien',
    save: 'Enregistrer ce mot de passe',
    caughtTitle: 'Courriels interceptés (développement)',
    verifySubject: 'Confirmez votre adresse e-mail pour Clef',
  },
  en: {
    locale: 'en-GB',
    name: 'Name',
    email: 'E-mail address',
    password: 'Password',
    newPassword: 'New password',
    createAccount: 'Create my account',
    checkEmail: 'Check your e-mail',
    confirm: 'Confirm my address',
    forgotLink: 'Forgot your password?',
    sendLink: 'Send me a link',
    save: 'Save this password',
    caughtTitle: 'Caught e-mail (development)',
    verifySubject: 'Confirm your e-mail address for Clef',
  },
};

describe('accounts by e-mail in the browser: sign up, read the caught mail, confirm; forgot password, reset', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const lang of ['fr', 'en'] as const) {
    it(`works at 360 px in ${lang === 'fr' ? 'French' : 'English'}, with no serious accessibility violation`, async () => {
      const text = TEXTS[lang];
      const options = { locale: text.locale, viewport: { width: 360, height: 740 } };
      const email = `mail.${lang}.${Date.now()}@exemple.org`;
      const page = await newPage(browser, baseUrl, options);

      await page.goto('/signup');
      await page.getByLabel(text.name, { exact: true }).fill('Aïssatou Ndiaye');
      await page.getByLabel(text.email).fill(email);
      await page.getByLabel(text.password, { exact: true }).fill('un secret assez long');
      await page.getByRole('button', { name: text.createAccount }).click();
      await page.getByRole('heading', { level: 2, name: text.checkEmail }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await openMailedLink(page, email, '/verify-email/');
      await page.getByLabel(text.password, { exact: true }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByLabel(text.password, { exact: true }).fill('un secret assez long');
      await page.getByRole('button', { name: text.confirm }).click();
      await page.waitForURL(/\/learning$/);
      expect((await (await page.request.get('/api/auth/session')).json()).user).toMatchObject({ email, emailVerified: true });

      await page.goto('/dev/mail');
      await page.getByRole('heading', { level: 1, name: text.caughtTitle }).waitFor();
      await page.getByRole('heading', { level: 2, name: text.verifySubject }).first().waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      // Another browser, logged out, forgets the password.
      const other = await newPage(browser, baseUrl, options);
      await other.goto('/login');
      await other.getByRole('link', { name: text.forgotLink }).click();
      // A first visit installs the service worker and loads the page's texts; typing waits until that settles.
      await other.waitForLoadState('networkidle');
      await other.getByLabel(text.email).fill(email);
      await other.getByRole('button', { name: text.sendLink }).click();
      await other.getByRole('heading', { level: 2, name: text.checkEmail }).waitFor();
      expect(await seriousAccessibilityViolations(other)).toEqual([]);

      await openMailedLink(other, email, '/reset-password/');
      await other.getByLabel(text.newPassword).fill('un tout nouveau secret');
      expect(await seriousAccessibilityViolations(other)).toEqual([]);
      await other.getByRole('button', { name: text.save }).click();
      await other.waitForURL(/\/learning$/);

      // The reset ended the first browser's session.
      expect((await (await page.request.get('/api/auth/session')).json()).user).toBeNull();
      await other.context().close();
      await page.context().close();
    });
  }
});
