import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());

describe('RequireLogin', () => {
  beforeEach(() => fake.reset());

  it('sends a logged-out visitor to the log-in page, asking to come back', async () => {
    await renderApp('/account?tab=profile');
    await waitFor(() => expect(currentLocation()).toBe(`/login?next=${encodeURIComponent('/account?tab=profile')}`));
    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeTruthy();
  });

  it('treats an unreachable server as logged out', async () => {
    fake.offline = true;
    await renderApp('/account');
    await waitFor(() => expect(currentLocation()).toBe('/login?next=%2Faccount'));
  });

  it('waits for the session before deciding', async () => {
    fake.sessionHangs = true;
    await renderApp('/account');
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(currentLocation()).toBe('/account');
  });

  it('shows the page to a logged-in user', async () => {
    fake.logIn();
    await renderApp('/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeTruthy();
    expect(currentLocation()).toBe('/account');
  });
});
