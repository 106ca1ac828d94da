import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());

describe('caught mail page (development)', () => {
  beforeEach(() => fake.reset());

  it('lists the caught messages with their text and links', async () => {
    fake.caughtMail = [
      {
        id: 2,
        receivedAt: '2026-12-07T20:00:00.000Z',
        from: 'no-reply@localhost',
        to: ['lea@example.org'],
        subject: 'Confirm your e-mail address for Clef',
        text: 'Hello Léa,\n\nhttp://localhost:3000/verify-email/abc',
        links: ['http://localhost:3000/verify-email/abc'],
      },
    ];
    await renderApp('/dev/mail');
    const item = (await screen.findByRole('heading', { level: 2, name: 'Confirm your e-mail address for Clef' })).closest('li')!;
    expect(within(item).getByText('To: lea@example.org')).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'http://localhost:3000/verify-email/abc' }).getAttribute('href')).toBe('http://localhost:3000/verify-email/abc');
  });

  it('says the page does not exist in production (the API answers 404)', async () => {
    fake.caughtMail = null;
    await renderApp('/dev/mail', 'fr');
    expect(await screen.findByText('Cette page n’existe qu’en dehors de la production.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Actualiser' })).toBeNull();
  });
});
