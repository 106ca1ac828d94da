import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accountNav, currentLocation, renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The text of the elements an input's aria-describedby points to. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('sign-up page', () => {
  beforeEach(() => fake.reset());

  it('shows each validation error of a 400 answer under its field, and focuses the summary', async () => {
    await renderApp('/signup');
    await accountNav();
    fill('E-mail address', 'not an address');
    fill('Password', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Some fields are not valid.');
    await waitFor(() => expect(document.activeElement).toBe(alert));

    const name = screen.getByLabelText('Name');
    const email = screen.getByLabelText('E-mail address');
    const password = screen.getByLabelText('Password');
    expect(description(name)).toContain('"displayName" must not be empty.');
    expect(description(email)).toContain('"email" must be an e-mail address.');
    expect(description(password)).toContain('"password" is too short.');
    expect(description(password)).toContain('At least 8 characters.');
    for (const input of [name, email, password]) expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Preferred language').getAttribute('aria-invalid')).toBeNull();

    // The summary links to the fields.
    fireEvent.click(screen.getByRole('link', { name: '"email" must be an e-mail address.' }));
    expect(document.activeElement).toBe(email);
    expect(currentLocation()).toBe('/signup');
  });

  it('states the password rule and shows or hides the password', async () => {
    await renderApp('/signup');
    const password = screen.getByLabelText('Password');
    expect(screen.getByText('At least 8 characters.')).toBeTruthy();
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(password.getAttribute('type')).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(password.getAttribute('type')).toBe('password');
  });

  it('offers the interface language as the preferred one', async () => {
    await renderApp('/signup', 'fr');
    expect((screen.getByLabelText('Langue préférée') as HTMLSelectElement).value).toBe('fr');
    expect(screen.getByLabelText('Nom').getAttribute('autocomplete')).toBe('name');
    expect(screen.getByLabelText('Adresse e-mail').getAttribute('autocomplete')).toBe('email');
  });

  it('sends the sign-up, logs no one in, and says to check the e-mail in place of the form', async () => {
    await renderApp('/signup');
    await accountNav();
    fill('Name', 'Léa Martin');
    fill('E-mail address', ' lea@example.org ');
    fill('Password', 'a long enough password');
    fireEvent.change(screen.getByLabelText('Preferred language'), { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));

    const notice = await screen.findByRole('status');
    expect(within(notice).getByRole('heading', { name: 'Check your e-mail' })).toBeTruthy();
    expect(notice.textContent).toContain('A message is on its way to lea@example.org.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(currentLocation()).toBe('/signup');
    expect(fake.callsTo('POST /api/auth/signup')[0]).toMatchObject({
      lang: 'en',
      body: { displayName: 'Léa Martin', email: 'lea@example.org', password: 'a long enough password', preferredLanguage: 'fr' },
    });
    expect(screen.getByRole('link', { name: 'Log in' })).toBeTruthy();
  });
});
