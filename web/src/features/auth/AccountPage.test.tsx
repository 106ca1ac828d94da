import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accountNav, currentLocation, renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());
const { ACCOUNT } = await import('./testing/fake-api');

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function openAccount() {
  fake.logIn({ preferredLanguage: 'en' });
  const rendered = await renderApp('/account');
  await screen.findByRole('heading', { level: 1, name: 'My account' });
  return rendered;
}

describe('account page', () => {
  beforeEach(() => fake.reset());

  it('saves the profile and shows the new name in the header', async () => {
    await openAccount();
    expect(screen.getByText('E-mail address: amina@example.org')).toBeTruthy();
    fill('Name', 'Amina D.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Your profile has been saved.');
    expect(within(await accountNav()).getByRole('link', { name: 'Amina D.' })).toBeTruthy();
    expect(fake.callsTo('PATCH /api/me')[0]).toMatchObject({ lang: 'en', body: { displayName: 'Amina D.', preferredLanguage: 'en' } });
  });

  it('switches the interface when the preferred language is saved', async () => {
    const { i18n } = await openAccount();
    fireEvent.change(screen.getByLabelText('Preferred language'), { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Votre profil a été enregistré.');
    expect(i18n.resolvedLanguage).toBe('fr');
    expect(fake.callsTo('PATCH /api/me')).toHaveLength(1);
  });

  it('shows a wrong current password by that field', async () => {
    await openAccount();
    fill('Current password', 'not it');
    fill('New password', 'a brand new password');
    fireEvent.click(screen.getByRole('button', { name: 'Change my password' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Your current password is not correct.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const current = screen.getByLabelText('Current password');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(current.getAttribute('aria-describedby')!)?.textContent).toContain('Your current password is not correct.');
  });

  it('changes the password', async () => {
    await openAccount();
    fill('Current password', ACCOUNT.password);
    fill('New password', 'a brand new password');
    fireEvent.click(screen.getByRole('button', { name: 'Change my password' }));
    await screen.findByText(/Your password has been changed/);
    expect(fake.password).toBe('a brand new password');
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
  });

  it('logs out and goes home', async () => {
    await openAccount();
    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(currentLocation()).toBe('/'));
    expect(within(await accountNav()).getByRole('link', { name: 'Log in' })).toBeTruthy();
    expect(fake.sessionUser).toBeNull();
  });

  it("saves the header's language choice to the profile while logged in", async () => {
    await openAccount();
    fireEvent.click(screen.getByRole('button', { name: 'Lire Clef en français' }));
    await screen.findByRole('heading', { level: 1, name: 'Mon compte' });
    await waitFor(() => expect(fake.callsTo('PATCH /api/me')).toHaveLength(1));
    expect(fake.callsTo('PATCH /api/me')[0]).toMatchObject({ lang: 'fr', body: { preferredLanguage: 'fr' } });
    await waitFor(() => expect((screen.getByLabelText('Langue préférée') as HTMLSelectElement).value).toBe('fr'));
  });

  it('does not save the language choice of a logged-out visitor', async () => {
    await renderApp('/');
    await accountNav();
    fireEvent.click(screen.getByRole('button', { name: 'Lire Clef en français' }));
    await accountNav('Votre compte');
    expect(fake.callsTo('PATCH /api/me')).toEqual([]);
  });
});
