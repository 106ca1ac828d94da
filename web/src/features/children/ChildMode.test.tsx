import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());
const { CHILD, LESSON, enrolment } = await import('./testing/child-fixtures');

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

describe('the child-friendly mode', () => {
  beforeEach(() => {
    fake.reset();
    fake.logIn(CHILD);
    fake.answer('GET /api/me/enrolments', () => ({ status: 200, body: { items: [enrolment(false)] } }));
    fake.answer('GET /api/enrolments/enrol-1', () => ({ status: 200, body: enrolment(false) }));
    fake.answer('GET /api/enrolments/enrol-1/lessons/1', () => ({ status: 200, body: LESSON }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uses larger type, a simple header and « tu », with progress as stars and in words', async () => {
    await renderApp('/', 'fr');
    await screen.findByRole('heading', { level: 1, name: 'Salut Lina !' });
    expect(document.documentElement.classList.contains('child-mode')).toBe(true);
    const header = screen.getByRole('banner');
    expect(within(header).queryByRole('link', { name: 'Catalogue' })).toBeNull();
    expect(within(header).queryByRole('link', { name: /organisations/i })).toBeNull();
    expect(within(header).getByRole('link', { name: 'Mes leçons' })).toBeTruthy();
    await screen.findByText('Voici tes leçons. Avance une étape à la fois.');
    expect(screen.getByText('0 étape faite sur 3')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Ton chemin dans Mes droits' }).querySelectorAll('li')).toHaveLength(3);
    expect(screen.getByRole('link', { name: /^Commencer.*Mes droits$/ }).getAttribute('href')).toBe('/learning/enrol-1');
  });

  it('leaves the child-friendly mode behind for an adult', async () => {
    fake.logIn({ ...CHILD, accountKind: 'adult', username: null, displayName: 'Amina' });
    await renderApp('/', 'fr');
    await screen.findByRole('navigation', { name: 'Votre compte' });
    expect(document.documentElement.classList.contains('child-mode')).toBe(false);
  });

  it('sends a child away from adult pages, back to their lessons', async () => {
    await renderApp('/organisations', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Hi Lina!' });
  });

  it('shows one next task on the module page', async () => {
    await renderApp('/learning/enrol-1', 'fr');
    await screen.findByRole('heading', { name: 'Ta prochaine étape' });
    expect(screen.getByRole('link', { name: 'Lire : C’est quoi, un droit ?' }).getAttribute('href')).toBe('/learning/enrol-1/lessons/1');
    expect(screen.queryByRole('heading', { name: 'Tu en as pensé quoi ?' })).toBeNull();
  });

  it("shows the organisation's own note under the lesson, marked as the organisation's", async () => {
    const note = { organisationName: 'École Sainte-Marie', html: '<p>Tu peux aussi parler à <strong>Mme Diallo</strong>, au bureau 2.</p>' };
    fake.answer('GET /api/enrolments/enrol-1/lessons/1', () => ({ status: 200, body: { ...LESSON, organisationNote: note } }));
    await renderApp('/learning/enrol-1/lessons/1', 'fr');
    const aside = await screen.findByRole('complementary', { name: 'De la part de École Sainte-Marie' });
    expect(aside.textContent).toContain('Tu peux aussi parler à Mme Diallo, au bureau 2.');
  });

  it('offers no read-aloud button where the browser cannot speak', async () => {
    await renderApp('/learning/enrol-1/lessons/1', 'fr');
    await screen.findByRole('heading', { level: 1, name: 'C’est quoi, un droit ?' });
    expect(screen.queryByRole('button', { name: /Écouter/ })).toBeNull();
  });

  it('reads the lesson aloud in its language where the browser can, and stops', async () => {
    const speak = vi.fn();
    const cancel = vi.fn();
    vi.stubGlobal('speechSynthesis', { speak, cancel, getVoices: () => [] });
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    await renderApp('/learning/enrol-1/lessons/1', 'fr');
    fireEvent.click(await screen.findByRole('button', { name: 'Écouter la leçon' }));
    expect(speak).toHaveBeenCalledTimes(1);
    const utterance = speak.mock.calls[0][0] as FakeUtterance;
    expect(utterance.lang).toBe('fr-FR');
    expect(utterance.text).toContain('Un droit, c’est ce dont chaque enfant a besoin pour bien grandir.');
    fireEvent.click(screen.getByRole('button', { name: 'Arrêter la lecture' }));
    expect(cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Écouter la leçon' })).toBeTruthy();
  });
});

describe('feedback after a finished module', () => {
  beforeEach(() => {
    fake.reset();
    fake.logIn(CHILD);
    fake.answer('GET /api/enrolments/enrol-1', () => ({ status: 200, body: enrolment(true) }));
    fake.answer('POST /api/children/feedback', () => ({ status: 204 }));
  });

  it('is optional and anonymous: three faces as buttons, a text, then thanks', async () => {
    await renderApp('/learning/enrol-1', 'fr');
    const section = await screen.findByRole('region', { name: 'Tu en as pensé quoi ?' });
    expect(within(section).getByText(/Répondre n’est pas obligatoire. Personne ne saura que c’est toi/)).toBeTruthy();
    // The module is finished whether or not the child answers.
    expect(screen.getByRole('heading', { name: 'Tu as fini ce module !' })).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Envoyer' }));
    expect((await within(section).findByRole('alert')).textContent).toBe('Choisis d’abord une tête.');
    expect(fake.callsTo('POST /api/children/feedback')).toEqual([]);

    const faces = within(section).getByRole('group', { name: 'Ce module, c’était…' });
    expect(within(faces).getAllByRole('button').map((button) => button.textContent)).toEqual(['😀J’ai aimé', '😐Bof, moyen', '🙁Je n’ai pas aimé']);
    fireEvent.click(within(faces).getByRole('button', { name: 'J’ai aimé' }));
    expect(within(faces).getByRole('button', { name: 'J’ai aimé' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(within(section).getByLabelText('Tu veux nous en dire plus ? (pas obligatoire)'), { target: { value: ' Les exemples ' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Envoyer' }));
    await within(section).findByText('Merci ! Ton avis aide à rendre les cours meilleurs.');
    expect(fake.callsTo('POST /api/children/feedback')[0].body).toEqual({ moduleSlug: 'my-rights', face: 'happy', text: 'Les exemples' });
  });

  it('takes an "already given" answer as a thank-you, not an error', async () => {
    fake.answer('POST /api/children/feedback', () => ({ status: 409, body: { statusCode: 409, error: 'Conflict', message: 'Already.' } }));
    await renderApp('/learning/enrol-1', 'en');
    const section = await screen.findByRole('region', { name: 'What did you think?' });
    fireEvent.click(within(section).getByRole('button', { name: 'It was OK' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(within(section).getByRole('status').textContent).toContain('You already told us'));
  });
});
