import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accountNav, currentLocation, renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());
const { ACCOUNT, LINK_TOKEN } = await import('./testing/fake-api');

const submit = (label: string, password: string, button: string) => {
  fireEvent.change(screen.getByLabelText(label), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: button }));
};

describe('pages a mailed link opens', () => {
  beforeEach(() => fake.reset());

  it('confirms the address with the account password, then goes to my learning logged in', async () => {
    await renderApp(`/verify-email/${LINK_TOKEN}`);
    await accountNav();
    expect(screen.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' })).toBeTruthy();
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('current-password');
    submit('Password', 'not my password', 'Confirm my address');
    expect((await screen.findByRole('alert')).textContent).toContain('This password is not the one of the account this link confirms.');

    submit('Password', ACCOUNT.password, 'Confirm my address');
    await waitFor(() => expect(currentLocation()).toBe('/learning'));
    expect(fake.callsTo('POST /api/auth/email/verify').at(-1)).toMatchObject({ body: { token: LINK_TOKEN, password: ACCOUNT.password } });
  });

  it('chooses a new password in French, and says when the link no longer works', async () => {
    fake.linkUsed = true;
    await renderApp(`/reset-password/${LINK_TOKEN}`, 'fr');
    await accountNav('Votre compte');
    expect(screen.getByText('Choisir un nouveau mot de passe déconnecte votre compte de tous les autres appareils.')).toBeTruthy();
    expect(screen.getByLabelText('Nouveau mot de passe').getAttribute('autocomplete')).toBe('new-password');
    submit('Nouveau mot de passe', 'un nouveau secret', 'Enregistrer ce mot de passe');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ce lien n’est pas valide\u00a0: il a déjà servi, ou il a expiré.');
    await waitFor(() => expect(document.activeElement).toBe(alert));

    fake.linkUsed = false;
    submit('Nouveau mot de passe', 'un nouveau secret', 'Enregistrer ce mot de passe');
    await waitFor(() => expect(currentLocation()).toBe('/learning'));
    expect(fake.password).toBe('un nouveau secret');
    expect(fake.callsTo('POST /api/auth/password/reset').at(-1)?.lang).toBe('fr');
  });
});
