import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());
const { CHILD, PICTURES } = await import('./testing/child-fixtures');

const press = (...names: string[]) => names.forEach((name) => fireEvent.click(screen.getByRole('button', { name })));

async function fillDetails(code: string) {
  await screen.findByRole('heading', { level: 1, name: 'Rejoindre mon groupe' });
  fireEvent.change(screen.getByLabelText('Code de la classe'), { target: { value: code } });
  fireEvent.change(screen.getByLabelText('Ton prénom ou un surnom'), { target: { value: ' Lina ' } });
  press('Suivant');
  await screen.findByRole('heading', { name: 'Choisis ton code secret' });
}

async function chooseAndConfirmPin(digits: string[]) {
  press(...digits);
  press('Suivant');
  await screen.findByRole('heading', { name: 'Encore une fois' });
  press(...digits);
  press('Rejoindre mon groupe');
}

describe('joining a group with a class code', () => {
  beforeEach(() => {
    fake.reset();
    fake.answer('GET /api/children/pictures', () => ({ status: 200, body: PICTURES }));
  });

  it('refuses a code that cannot be one before going further, in the child’s words', async () => {
    await renderApp('/join', 'fr');
    await screen.findByRole('heading', { level: 1, name: 'Rejoindre mon groupe' });
    fireEvent.change(screen.getByLabelText('Code de la classe'), { target: { value: 'ABC' } });
    press('Suivant');
    expect((await screen.findByRole('alert')).textContent).toContain('Un code de classe a 6 lettres et chiffres');
    expect(screen.getByLabelText('Code de la classe').getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsTo('POST /api/children/join')).toEqual([]);
  });

  it.each([
    [404, 'Ce code ne marche pas. Vérifie chaque lettre'],
    [410, 'Ce code est trop vieux maintenant. Demande un nouveau code'],
  ])('after a %i answer, goes back to the code with a kind message', async (status, message) => {
    fake.answer('POST /api/children/join', () => ({ status, body: { statusCode: status, error: 'Error', message: 'API wording' } }));
    await renderApp('/join', 'fr');
    await fillDetails('k7p-4xz');
    await chooseAndConfirmPin(['4', '8', '2', '1']);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(screen.getByLabelText('Code de la classe')).toHaveProperty('value', 'k7p-4xz');
    expect(screen.getByRole('heading', { name: 'Qui es-tu ?' })).toBeTruthy();
  });

  it('fills the PIN grid one digit at a time, asks for it twice, then shows the username to write down', async () => {
    fake.answer('POST /api/children/join', () => {
      fake.sessionUser = { ...CHILD, consentRecorded: false };
      return { status: 201, body: { username: 'lina-4821', me: fake.sessionUser } };
    });
    await renderApp('/join', 'fr');
    await fillDetails('k7p4xz');
    expect(screen.getByRole('button', { name: 'Suivant' })).toHaveProperty('disabled', true);
    press('4', '8', '2');
    // Masked as at log-in, said and shown only when the child asks.
    expect(screen.getByRole('status').textContent).toBe('3 choisis sur 4.');
    expect(document.querySelector('.secret-grid__slots')!.textContent).toBe('●●●');
    press('Montrer mon code');
    expect(screen.getByRole('status').textContent).toBe('3 choisis sur 4\u00a0: 4, 8, 2.');
    expect(document.querySelector('.secret-grid__slots')!.textContent).toBe('482');
    press('Cacher mon code');
    expect(screen.getByRole('status').textContent).toBe('3 choisis sur 4.');
    press('Enlever le dernier', '2', '1');
    // Full: no fifth digit.
    expect(screen.getByRole('button', { name: '7' })).toHaveProperty('disabled', true);
    press('Suivant');
    await screen.findByRole('heading', { name: 'Encore une fois' });
    // The second time shows dots only.
    press('4', '8', '2', '9');
    expect(screen.getByText('4 choisis sur 4.')).toBeTruthy();
    press('Rejoindre mon groupe');
    expect((await screen.findByRole('alert')).textContent).toContain('Les deux n’étaient pas pareils');
    expect(fake.callsTo('POST /api/children/join')).toEqual([]);

    await chooseAndConfirmPin(['4', '8', '2', '1']);
    await screen.findByRole('heading', { name: 'Bienvenue, Lina !' });
    expect(fake.callsTo('POST /api/children/join')[0]).toMatchObject({
      lang: 'fr',
      body: { classCode: 'k7p4xz', displayName: 'Lina', secretKind: 'pin', secret: '4821', language: 'fr' },
    });
    expect(document.querySelector('.child-username')?.textContent).toContain('lina-4821');
    expect(screen.getByText(/Écris ton identifiant sur un papier/)).toBeTruthy();

    press('C’est noté, on y va !');
    // Consent not recorded yet: the child-friendly waiting screen, with « tu ».
    await screen.findByRole('heading', { level: 1, name: 'C’est presque prêt !' });
    expect(document.documentElement.classList.contains('child-mode')).toBe(true);
    expect(screen.getByText(/ton parent \(ou l’adulte qui s’occupe de toi\) doit dire oui/)).toBeTruthy();
    await waitFor(() => expect(currentLocation()).toBe('/'));
  });

  it('sends a picture password as the ids of the pictures, in order', async () => {
    fake.answer('POST /api/children/join', () => ({ status: 201, body: { username: 'sam-0001', me: { ...CHILD, displayName: 'Sam' } } }));
    await renderApp('/join', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Join my group' });
    fireEvent.change(screen.getByLabelText('Class code'), { target: { value: 'K7P-4XZ' } });
    fireEvent.change(screen.getByLabelText('Your first name or a nickname'), { target: { value: 'Sam' } });
    fireEvent.click(screen.getByRole('radio', { name: '13–15 years old' }));
    press('Next');
    fireEvent.click(await screen.findByRole('radio', { name: '4 pictures' }));
    const grid = screen.getByRole('group', { name: 'Press 4 pictures' });
    for (const name of ['Cat', 'Sun', 'Boat', 'Cat']) fireEvent.click(within(grid).getByRole('button', { name: new RegExp(name) }));
    press('Next');
    await screen.findByRole('heading', { name: 'One more time' });
    for (const name of ['Cat', 'Sun', 'Boat', 'Cat']) fireEvent.click(screen.getByRole('button', { name: new RegExp(name) }));
    press('Join my group');
    await screen.findByRole('heading', { name: 'Welcome, Sam!' });
    expect(fake.callsTo('POST /api/children/join')[0].body).toMatchObject({ ageBand: '13-15', secretKind: 'pictures', secret: ['cat', 'sun', 'boat', 'cat'] });
  });
});

describe('a child logging in', () => {
  beforeEach(() => {
    fake.reset();
    fake.answer('GET /api/children/pictures', () => ({ status: 200, body: PICTURES }));
  });

  it.each([
    [401, 'This username or secret is not right.'],
    [423, 'Your account is locked because of too many tries. Ask your trainer'],
  ])('says what to do after a %i answer, and empties the grid', async (status, message) => {
    fake.answer('POST /api/children/login', () => ({ status, body: { statusCode: status, error: 'Error', message: 'API wording' } }));
    await renderApp('/child-login', 'en');
    fireEvent.change(await screen.findByLabelText('Your username'), { target: { value: 'Lina-4821 ' } });
    press('1', '2', '3', '4');
    fireEvent.click(screen.getAllByRole('button', { name: 'Log in' }).at(-1)!);
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(fake.callsTo('POST /api/children/login')[0].body).toEqual({ username: 'lina-4821', secret: '1234' });
    expect(screen.getByText('0 of 4 chosen.')).toBeTruthy();
  });

  it('is offered from the home and log-in pages', async () => {
    await renderApp('/login', 'fr');
    const entry = await screen.findByRole('complementary', { name: 'Espace enfants' });
    expect(within(entry).getByRole('link', { name: 'Rejoindre mon groupe' }).getAttribute('href')).toBe('/join');
    expect(within(entry).getByRole('link', { name: 'Connexion enfant' }).getAttribute('href')).toBe('/child-login');
  });
});
