import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../auth/testing/fake-xhr';
import { ImportQuestions } from './ImportQuestions';
import { renderAuthoring } from './testing/render-authoring';
import type { Question } from './types';

const SLUG = 'hearing-children';
const BANK = '::Audition::Un enfant peut être entendu.{T}\n\n::Réflexion::Racontez.{}';

const imported: Question = { id: 'audition', type: 'true_false', competency: 'C1', points: 1, answer: true, needsTranslation: true, prompt: { fr: 'Un enfant peut être entendu.', en: '' }, feedback: { fr: '', en: '' } };
const preview = {
  ready: 1,
  refused: 1,
  questions: [
    { number: 1, line: 1, title: 'Audition', status: 'ready', question: imported, notes: [] },
    { number: 2, line: 3, title: 'Réflexion', status: 'refused', reason: 'Essay questions cannot be imported.', notes: [] },
  ],
};
// The component passes on whatever draft the server answers; only its identity matters here.
const draftAfterImport = { slug: SLUG, revision: 5, definition: { assessment: { questions: [imported] } } };

async function renderImport(language: 'fr' | 'en' = 'en') {
  const onImported = vi.fn();
  await renderAuthoring(<ImportQuestions slug={SLUG} saveFirst={async () => true} revision={() => 4} onImported={onImported} />, language);
  fireEvent.change(screen.getByLabelText(language === 'en' ? 'File' : 'Fichier'), { target: { files: [new File([BANK], 'droits.gift', { type: 'text/plain' })] } });
  await waitFor(() => expect((screen.getByLabelText(language === 'en' ? 'Or paste the questions' : 'Ou collez les questions') as HTMLTextAreaElement).value).toBe(BANK));
  return { onImported };
}

const askForPreview = () => fireEvent.click(screen.getByRole('button', { name: 'See what will be imported' }));
/** The block right under the paragraph holding `button`: where the progress and the problems of what it started show. */
const underButton = (name: string) => screen.getByRole('button', { name }).closest('p')?.nextElementSibling;
const bar = () => screen.getByRole('progressbar') as HTMLProgressElement;

describe('importing a question bank shows how far the upload is', () => {
  beforeEach(() => FakeXhr.install());

  it('shows the percentage sent, then that the server is processing, then the preview the server answered', async () => {
    await renderImport();
    askForPreview();
    const xhr = await FakeXhr.nth(1);
    expect(xhr.url).toContain(`/api/authoring/modules/${SLUG}/draft/import/preview?format=gift&language=en&lang=en`);

    xhr.progress(4200, 10_000);
    expect(bar().getAttribute('value')).toBe('4200');
    expect(bar().getAttribute('max')).toBe('10000');
    // Only the phase is in a live region: a screen reader is not read every percent.
    const phase = screen.getByText('Sending the file…');
    expect(phase.getAttribute('role')).toBe('status');
    expect(bar().getAttribute('aria-labelledby')).toBe(phase.id);
    expect(screen.getByText('Sending the file: 42%').closest('[role="status"], [aria-live]')).toBeNull();
    expect(screen.getByRole('button', { name: 'See what will be imported' })).toHaveProperty('disabled', true);

    xhr.uploaded();
    expect(screen.queryByText(/Sending the file/)).toBeNull();
    expect(screen.getByText('The server is processing the file…').getAttribute('role')).toBe('status');
    expect(bar().hasAttribute('value')).toBe(false);

    await xhr.respond(200, preview);
    expect(screen.queryByRole('progressbar')).toBeNull();
    const table = screen.getByRole('table', { name: 'Questions found in the file' });
    // Header, two questions, and the answers of the one that will be created.
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('Cannot be imported: Essay questions cannot be imported.')).toBeTruthy();
  });

  it('imports what the preview showed and hands the draft the server answered to the editor', async () => {
    const { onImported } = await renderImport();
    askForPreview();
    await (await FakeXhr.nth(1)).respond(200, preview);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 question' }));
    const xhr = await FakeXhr.nth(2);
    expect(xhr.query).toEqual({ format: 'gift', language: 'en', lang: 'en', revision: '4' });
    expect(await xhr.body?.text()).toBe(BANK);
    xhr.uploaded();
    expect(screen.getByText('The server is processing the file…')).toBeTruthy();
    await xhr.respond(200, { ...preview, draft: draftAfterImport });
    expect(onImported).toHaveBeenCalledWith(draftAfterImport);
    expect(screen.getByText('1 question added to the pool, to check in both languages.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the message of an error answer, and of a network failure, and lets the trainer try again', async () => {
    const { onImported } = await renderImport();
    askForPreview();
    await (await FakeXhr.nth(1)).respond(400, { statusCode: 400, error: 'Bad Request', message: 'This is not a Moodle XML file: line 3, unclosed tag.' });
    expect(screen.getByRole('alert').textContent).toBe('This is not a Moodle XML file: line 3, unclosed tag.');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(underButton('See what will be imported')).toBe(screen.getByRole('alert'));

    askForPreview();
    await (await FakeXhr.nth(2)).respond(200, preview);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 question' }));
    await (await FakeXhr.nth(3)).respond(409, { statusCode: 409, error: 'Conflict', message: 'Someone saved this draft after you loaded it.', current: draftAfterImport });
    expect(screen.getByRole('alert').textContent).toBe('Someone saved this draft after you loaded it.');
    // Under the button pressed, not above a preview that may be a thousand pixels long.
    expect(underButton('Import 1 question')).toBe(screen.getByRole('alert'));
    expect(onImported).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Import 1 question' }));
    await (await FakeXhr.nth(4)).failNetwork();
    expect(screen.getByRole('alert').textContent).toBe('This could not be loaded. Check your connection and try again.');
    expect(screen.getByRole('button', { name: 'Import 1 question' })).toHaveProperty('disabled', false);
  });
});

describe('the preview of a question bank', () => {
  beforeEach(() => FakeXhr.install());

  const partialCredit = { ...imported, id: 'discernement', type: 'single_choice', prompt: { fr: 'Qui peut être entendu ?', en: '' } };
  const notes = ['The answer with partial credit (50%) becomes wrong: Clef marks answers right or wrong.', 'An image in the question text was not kept.'];

  it('lists under each question what it loses on the way in, and says how many questions change', async () => {
    await renderImport();
    askForPreview();
    await (await FakeXhr.nth(1)).respond(200, { ...preview, questions: [{ ...preview.questions[0], question: partialCredit, notes }, preview.questions[1]] });
    const table = screen.getByRole('table', { name: 'Questions found in the file' });
    const [, first, notesOfFirst, second, ...more] = within(table).getAllByRole('row');
    expect(within(first).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '1', 'Audition', 'Will be created (Single choice)']);
    const list = within(notesOfFirst).getByRole('list', { name: 'What changes when question 1 is imported' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(notes);
    // A refused question loses nothing: it does not come in at all.
    expect(within(second).getByText('Cannot be imported: Essay questions cannot be imported.')).toBeTruthy();
    expect(more).toEqual([]);
    expect(screen.getByText('1 question will not come in exactly as it is: the table says what changes.')).toBeTruthy();
  });

  it('agrees its counts in French: 1 impossible, 2 impossibles', async () => {
    await renderImport('fr');
    fireEvent.click(screen.getByRole('button', { name: 'Voir ce qui sera importé' }));
    await (await FakeXhr.nth(1)).respond(200, preview);
    expect(screen.getByRole('heading', { name: '1 à importer, 1 impossible à importer' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Voir ce qui sera importé' }));
    await (await FakeXhr.nth(2)).respond(200, { ...preview, ready: 5, refused: 2 });
    expect(screen.getByRole('heading', { name: '5 à importer, 2 impossibles à importer' })).toBeTruthy();
  });

  it('offers no import when the pool would pass its limit, and says why instead', async () => {
    await renderImport();
    askForPreview();
    const refusal = 'A pool holds at most 500 questions; with this file it would hold 610. Split the file or remove questions first.';
    await (await FakeXhr.nth(1)).respond(200, { ...preview, ready: 600, refusal });
    expect(screen.getByText(refusal)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Import \d+ questions?$/ })).toBeNull();
  });

  it('shows the progress under the button that started it: the preview button, then the import button', async () => {
    await renderImport();
    askForPreview();
    const previewing = await FakeXhr.nth(1);
    previewing.progress(10, 100);
    expect(underButton('See what will be imported')?.contains(screen.getByRole('progressbar'))).toBe(true);
    await previewing.respond(200, preview);

    fireEvent.click(screen.getByRole('button', { name: 'Import 1 question' }));
    const importing = await FakeXhr.nth(2);
    importing.progress(10, 100);
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(underButton('Import 1 question')?.contains(screen.getByRole('progressbar'))).toBe(true);
    await importing.respond(200, { ...preview, draft: draftAfterImport });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('choosing a question bank that is not UTF-8', () => {
  const choose = (bytes: number[], name: string) =>
    fireEvent.change(screen.getByLabelText('Fichier'), { target: { files: [new File([new Uint8Array(bytes)], name, { type: 'text/plain' })] } });
  const latin = (text: string) => [...text].map((c) => c.charCodeAt(0));
  /** The line under the file field that says how the file was read: what the field's description points to. */
  const readStatus = () => document.getElementById(screen.getByLabelText('Fichier').getAttribute('aria-describedby') ?? '')!;

  it('reads a Windows-1252 file as such, shows its accents intact and says how it was read', async () => {
    await renderAuthoring(<ImportQuestions slug={SLUG} saveFirst={async () => true} revision={() => 4} onImported={vi.fn()} />, 'fr');
    choose(latin('::Enfant::L\u00e9l\u00e8ve est entendu.{T}'), 'droits.gift');
    await waitFor(() => expect((screen.getByLabelText('Ou collez les questions') as HTMLTextAreaElement).value).toBe('::Enfant::Lélève est entendu.{T}'));
    expect(readStatus().textContent).toBe('Ce fichier n’est pas en UTF-8\u00a0: il a été lu en Windows-1252. Vérifiez ses accents et apostrophes ci-dessous.');
    expect(readStatus().getAttribute('role')).toBe('status');
  });

  it('refuses an XML file that names an encoding the browser cannot read, and offers nothing to import', async () => {
    await renderAuthoring(<ImportQuestions slug={SLUG} saveFirst={async () => true} revision={() => 4} onImported={vi.fn()} />, 'fr');
    choose(latin('<?xml version="1.0" encoding="x-klingon"?><quiz>\u00e9</quiz>'), 'banque.xml');
    await waitFor(() => expect(readStatus().textContent).toBe('Ce fichier se dit encodé en «\u00a0x-klingon\u00a0», un encodage que le navigateur ne sait pas lire\u00a0: enregistrez-le en UTF-8 et choisissez-le à nouveau.'));
    expect((screen.getByLabelText('Ou collez les questions') as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Voir ce qui sera importé' })).toHaveProperty('disabled', true);
  });
});
