import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accountNav, currentLocation, renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());
const { ACCOUNT } = await import('./testing/fake-api');

function logIn(email: string, password: string, labels = { email: 'E-mail address', password: 'Password', submit: 'Log in' }) {
  fireEvent.change(screen.getByLabelText(labels.email), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(labels.password), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: labels.submit }));
}

describe('log-in page', () => {
  beforeEach(() => fake.reset());

  it('shows the API message for wrong credentials, in an alert that takes the focus', async () => {
    await renderApp('/login');
    await accountNav();
    logIn(ACCOUNT.email, 'wrong password');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The e-mail address or the password is not correct.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(currentLocation()).toBe('/login');
  });

  it('asks for messages in the interface language', async () => {
    await renderApp('/login', 'fr');
    await accountNav('Votre compte');
    logIn(ACCOUNT.email, 'mauvais', { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' });
    expect((await screen.findByRole('alert')).textContent).toContain("L'adresse e-mail ou le mot de passe n'est pas correct.");
    expect(fake.calls.map((call) => call.lang)).toEqual(['fr', 'fr']);
  });

  it('shows the message of a 429 answer', async () => {
    fake.answer('POST /api/auth/login', () => ({
      status: 429,
      body: { statusCode: 429, error: 'Too Many Requests', message: 'Too many failed log-in attempts. Try again in 15 minutes.' },
    }));
    await renderApp('/login');
    logIn(ACCOUNT.email, ACCOUNT.password);
    expect((await screen.findByRole('alert')).textContent).toContain('Too many failed log-in attempts. Try again in 15 minutes.');
  });

  it('says so when the server cannot be reached', async () => {
    await renderApp('/login');
    await accountNav();
    fake.offline = true;
    logIn(ACCOUNT.email, ACCOUNT.password);
    expect((await screen.findByRole('alert')).textContent).toContain('the server could not be reached');
  });

  it('goes to `next` after logging in, shows the user in the header and switches to their language', async () => {
    const { i18n } = await renderApp(`/login?next=${encodeURIComponent('/modules/demo?from=login')}`);
    await accountNav();
    logIn(ACCOUNT.email, ACCOUNT.password);
    await waitFor(() => expect(currentLocation()).toBe('/modules/demo?from=login'));
    const nav = await accountNav('Votre compte');
    expect(within(nav).getByRole('link', { name: 'Amina Diallo' }).getAttribute('href')).toBe('/account');
    expect(i18n.resolvedLanguage).toBe('fr');
    // Switching to the user's own language is not a change to save.
    expect(fake.callsTo('PATCH /api/me')).toEqual([]);
  });

  it.each(['//evil.example/steal', '/\\evil.example', 'https://evil.example/', 'learning'])('ignores a `next` of %s that leaves the site', async (next) => {
    await renderApp(`/login?next=${encodeURIComponent(next)}`);
    logIn(ACCOUNT.email, ACCOUNT.password);
    await waitFor(() => expect(currentLocation()).toBe('/learning'));
  });

  it('links to sign-up, keeping `next`', async () => {
    await renderApp('/login?next=%2Fmodules');
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/signup?next=%2Fmodules');
  });
});
