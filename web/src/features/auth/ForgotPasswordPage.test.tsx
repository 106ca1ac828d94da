import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accountNav, currentLocation, renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());

describe('forgot password page', () => {
  beforeEach(() => fake.reset());

  it('is linked from the log-in page', async () => {
    await renderApp('/login');
    fireEvent.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password' })).toBeTruthy();
    expect(currentLocation()).toBe('/forgot-password');
  });

  it('asks for a link and says the same thing whatever the address, in French', async () => {
    await renderApp('/forgot-password', 'fr');
    await accountNav('Votre compte');
    fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: 'inconnue@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyez-moi un lien' }));
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('Si inconnue@example.org a un compte Clef, un message avec un lien part vers cette adresse.');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(fake.callsTo('POST /api/auth/password/forgot')[0]).toMatchObject({ lang: 'fr', body: { email: 'inconnue@example.org' } });
    expect(screen.getByText(/Demandez un lien de réinitialisation à un administrateur de votre organisation/)).toBeTruthy();
  });

  it('shows a field error under the address', async () => {
    await renderApp('/forgot-password');
    await accountNav();
    fireEvent.change(screen.getByLabelText('E-mail address'), { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect((await screen.findByRole('alert')).textContent).toContain('"email" must be an e-mail address.');
    expect(screen.getByLabelText('E-mail address').getAttribute('aria-invalid')).toBe('true');
  });
});
