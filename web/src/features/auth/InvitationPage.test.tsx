import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());

const TOKEN = 'Kq7xP2mzRt9wLd4sKq7xP2mzRt9wLd4sKq7xP2mzRt9w';
const INVITATION = { id: 'inv-1', organisationName: 'École Sainte-Marie', role: 'trainee', cohortName: 'Promotion 2026', invitedAt: '2026-04-01T09:00:00Z', expiresAt: '2026-05-01T09:00:00Z' };

describe('invitation page', () => {
  beforeEach(() => {
    fake.reset();
    fake.answer(`GET /api/invitations/${TOKEN}`, () => ({ status: 200, body: { kind: 'organisation', organisationName: 'École Sainte-Marie', email: 'amina@example.org' } }));
    let pending = [INVITATION];
    fake.answer('GET /api/me/invitations', () => ({ status: 200, body: { items: pending } }));
    fake.answer('POST /api/me/invitations/inv-1/accept', () => ((pending = []), { status: 204 }));
    fake.answer('POST /api/me/invitations/inv-1/decline', () => ((pending = []), { status: 204 }));
  });

  it('asks a visitor to log in or create their account with the invited address, and to come back', async () => {
    await renderApp(`/invitation/${TOKEN}`, 'fr');
    await screen.findByText(/École Sainte-Marie invite amina@example\.org à la rejoindre sur Clef/);
    fireEvent.click(screen.getByRole('link', { name: 'Créer mon compte' }));
    await waitFor(() => expect(currentLocation()).toBe(`/signup?next=${encodeURIComponent(`/invitation/${TOKEN}`)}`));
  });

  it('lets the logged-in person accept, and says what accepting means', async () => {
    fake.logIn();
    await renderApp(`/invitation/${TOKEN}`);
    await screen.findByText('École Sainte-Marie invites you to join it as trainee, in the cohort “Promotion 2026”.');
    expect(screen.getByText(/the organisation sees your name and, from now on, your progress/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    await screen.findByText('You are now a member of École Sainte-Marie.');
    expect(fake.callsTo('POST /api/me/invitations/inv-1/accept')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull());
  });

  it('shows waiting invitations on My learning, where declining is possible', async () => {
    fake.logIn();
    await renderApp('/learning', 'fr');
    fireEvent.click(await screen.findByRole('button', { name: 'Refuser' }));
    await screen.findByText('Vous avez refusé l’invitation de École Sainte-Marie.');
    expect(fake.callsTo('POST /api/me/invitations/inv-1/decline')).toHaveLength(1);
  });
});
