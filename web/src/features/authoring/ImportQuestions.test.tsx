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
    { number: 1, line: 1, title: 'Audition', status: 'ready', question: imported },
    { number: 2, line: 3, title: 'Réflexion', status: 'refused', reason: 'Essay questions cannot be imported.' },
  ],
};
// The component passes on whatever draft the server answers; only its identity matters here.
const draftAfterImport = { slug: SLUG, revision: 5, definition: { assessment: { questions: [imported] } } };

async function renderImport() {
  const onImported = vi.fn();
  await renderAuthoring(<ImportQuestions slug={SLUG} saveFirst={async () => true} revision={() => 4} onImported={onImported} />);
  fireEvent.change(screen.getByLabelText('File'), { target: { files: [new File([BANK], 'droits.gift', { type: 'text/plain' })] } });
  await waitFor(() => expect((screen.getByLabelText('Or paste the questions') as HTMLTextAreaElement).value).toBe(BANK));
  return { onImported };
}

const askForPreview = () => fireEvent.click(screen.getByRole('button', { name: 'See what will be imported' }));
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
    expect(within(table).getAllByRole('row')).toHaveLength(3);
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

    askForPreview();
    await (await FakeXhr.nth(2)).respond(200, preview);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 question' }));
    await (await FakeXhr.nth(3)).respond(409, { statusCode: 409, error: 'Conflict', message: 'Someone saved this draft after you loaded it.', current: draftAfterImport });
    expect(screen.getByRole('alert').textContent).toBe('Someone saved this draft after you loaded it.');
    expect(onImported).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Import 1 question' }));
    await (await FakeXhr.nth(4)).failNetwork();
    expect(screen.getByRole('alert').textContent).toBe('This could not be loaded. Check your connection and try again.');
    expect(screen.getByRole('button', { name: 'Import 1 question' })).toHaveProperty('disabled', false);
  });
});
