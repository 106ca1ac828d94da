import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accountNav, renderApp } from './testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-api')).installFakeApi());

const links = (nav: HTMLElement) => within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);

describe('header', () => {
  beforeEach(() => fake.reset());

  it('offers to log in or sign up when logged out, beside the main navigation and the language switch', async () => {
    await renderApp('/');
    expect(links(await accountNav())).toEqual([
      ['Log in', '/login'],
      ['Sign up', '/signup'],
    ]);
    expect(links(screen.getByRole('navigation', { name: 'Main navigation' }))).toEqual([
      ['Home', '/'],
      ['Courses', '/modules'],
      ['Competencies', '/competencies'],
    ]);
    expect(screen.getByRole('button', { name: 'Lire Clef en français' })).toBeTruthy();
  });

  it("links to the user's learning, certificates and account when logged in", async () => {
    fake.logIn({ displayName: 'Amina Diallo' });
    await renderApp('/', 'fr');
    expect(links(await accountNav('Votre compte'))).toEqual([
      ['Mon apprentissage', '/learning'],
      ['Mes certificats', '/certificates'],
      ['Amina Diallo', '/account'],
    ]);
  });

  it('links trainers, org admins and platform admins to the authoring space, and no one else', async () => {
    fake.logIn({ displayName: 'Julien Tremblay', memberships: [{ organisationId: 'org-1', organisationName: 'Centre', role: 'trainer' }] });
    const trainer = await renderApp('/');
    expect(links(await accountNav())).toContainEqual(['Authoring', '/authoring']);
    trainer.unmount();
    fake.logIn({ displayName: 'Awa Traoré', memberships: [{ organisationId: 'org-1', organisationName: 'Centre', role: 'trainee' }] });
    await renderApp('/');
    expect(links(await accountNav()).map(([name]) => name)).not.toContain('Authoring');
  });

  it('shows no account link until the session is known', async () => {
    fake.sessionHangs = true;
    await renderApp('/');
    expect(screen.queryByRole('navigation', { name: 'Your account' })).toBeNull();
  });
});
