import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { App } from './App';

describe('app shell', () => {
  it('renders in French', async () => {
    render(<App i18n={await initI18n('fr')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Une formation qui fait vivre les droits de l'enfant");
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('renders in English', async () => {
    render(<App i18n={await initI18n('en')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Training that makes children's rights real");
    expect(screen.getByRole('link', { name: /Clef/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches language and remembers the choice', async () => {
    render(<App i18n={await initI18n('en')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lire Clef en français' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Une formation/ })).toBeTruthy();
    expect(localStorage.getItem('clef.language')).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('detects the browser language on a first visit', async () => {
    Object.defineProperty(navigator, 'languages', { value: ['fr-CA', 'fr'], configurable: true });
    const i18n = await initI18n();
    expect(i18n.resolvedLanguage).toBe('fr');
    Object.defineProperty(navigator, 'languages', { value: ['en-US'], configurable: true });
  });
});
