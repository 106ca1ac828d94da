import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../auth/testing/render-app';
import { BASE, draft, serveModule, SLUG } from './testing/draft-fixtures';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());

const frenchTitle = async () => within(await screen.findByRole('group', { name: 'Title' })).getByRole('textbox', { name: 'French' }) as HTMLInputElement;

// Each save waits for the 1.5 s pause after typing, as in the browser.
describe('draft editor', { timeout: 15_000 }, () => {
  beforeEach(() => {
    fake.reset();
    localStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('keeps learners out of the authoring space', async () => {
    fake.logIn();
    await renderApp('/authoring');
    expect((await screen.findByRole('alert')).textContent).toBe('Only trainers and organisation administrators can write modules.');
    expect(fake.callsTo('GET /api/authoring/modules')).toHaveLength(0);
  });

  it('saves shortly after a change, then refuses to overwrite a draft someone else saved and offers their version', async () => {
    serveModule(fake);
    let revision = 1;
    fake.answer(`PUT ${BASE}/draft`, (body) => {
      if (body?.revision !== revision) return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'Someone saved this draft after you loaded it.', current: draft(7, 'Leur titre') } };
      revision += 1;
      return { status: 200, body: { ...draft(revision), definition: body.definition, updatedAt: '2026-11-23T10:05:00.000Z' } };
    });
    await renderApp(`/authoring/${SLUG}`);
    fireEvent.change(await frenchTitle(), { target: { value: 'Écouter l’enfant' } });
    expect(screen.getByText('Changes not yet saved…')).toBeTruthy();
    await screen.findByText(/^Saved at /, {}, { timeout: 4000 });
    const sent = fake.callsTo(`PUT ${BASE}/draft`);
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toMatchObject({ revision: 1, definition: { title: { fr: 'Écouter l’enfant' } } });

    revision = 5; // another trainer saved meanwhile
    fireEvent.change(await frenchTitle(), { target: { value: 'Mon titre' } });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain('Someone else saved this draft in the meantime: it is now revision 7, saved by Claire Martin');
    // My edit is still on screen and kept in this browser; nothing was saved over theirs.
    expect((await frenchTitle()).value).toBe('Mon titre');
    expect(Object.values({ ...localStorage }).some((value) => String(value).includes('Mon titre'))).toBe(true);

    // Loading theirs replaces what is on screen: only once the trainer confirms.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(within(alert).getByRole('button', { name: 'Load the current version' }));
    expect((await frenchTitle()).value).toBe('Mon titre');
    fireEvent.click(within(alert).getByRole('button', { name: 'Load the current version' }));
    expect(confirm).toHaveBeenCalledTimes(2);
    await waitFor(async () => expect((await frenchTitle()).value).toBe('Leur titre'));
  });

  it('offers back the edits a closed tab never sent, and saves them once restored', async () => {
    serveModule(fake);
    const unsent = draft(1, 'Titre jamais envoyé').definition;
    localStorage.setItem(`clef:authoring:${SLUG}:1`, JSON.stringify({ revision: 1, savedAt: '2026-11-23T11:00:00.000Z', definition: unsent }));
    fake.answer(`PUT ${BASE}/draft`, (body) => ({ status: 200, body: { ...draft(2), definition: body?.definition } }));
    await renderApp(`/authoring/${SLUG}`);
    expect((await frenchTitle()).value).toBe('Entendre l’enfant');
    fireEvent.click(await screen.findByRole('button', { name: 'Restore my changes' }));
    expect((await frenchTitle()).value).toBe('Titre jamais envoyé');
    await screen.findByText(/^Saved at /, {}, { timeout: 4000 });
    expect(fake.callsTo(`PUT ${BASE}/draft`)[0].body).toMatchObject({ revision: 1, definition: { title: { fr: 'Titre jamais envoyé' } } });
    expect(Object.keys({ ...localStorage }).filter((key) => key.startsWith('clef:authoring:'))).toEqual([]);
  });

  it('lets a question point to the lesson to reread, by the lesson’s name, saved with the draft', async () => {
    serveModule(fake);
    fake.answer(`PUT ${BASE}/draft`, (body) => ({ status: 200, body: { ...draft(2), definition: body?.definition, updatedAt: '2026-11-23T10:05:00.000Z' } }));
    await renderApp(`/authoring/${SLUG}`);
    const select = (await screen.findByRole('combobox', { name: 'Lesson to reread if missed' })) as HTMLSelectElement;
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['None: learners are told to reread the lessons', '1. First lesson']);
    fireEvent.change(select, { target: { value: 'lesson-1' } });
    await screen.findByText(/^Saved at /, {}, { timeout: 4000 });
    expect(fake.callsTo(`PUT ${BASE}/draft`)[0].body).toMatchObject({ definition: { assessment: { questions: [{ lesson: 'lesson-1' }] } } });
  });

  it('shows the field problems the API gives for a question that cannot be answered', async () => {
    serveModule(fake);
    fake.answer(`PUT ${BASE}/draft`, () => ({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'The draft is not valid.', details: [{ field: 'assessment.questions.0.options', rule: 'singleChoiceCorrect', message: 'A single-choice question needs exactly one right option (it has 0).' }] },
    }));
    await renderApp(`/authoring/${SLUG}`);
    const options = await screen.findByRole('group', { name: 'Options (tick the right one)' });
    // Whatever the change, the API's field problem lands on the field it names.
    fireEvent.click(within(options).getByRole('radio', { name: 'Option b is right' }));
    await within(options).findByText('A single-choice question needs exactly one right option (it has 0).', {}, { timeout: 4000 });
    expect(screen.getByText(/Not saved: some fields need attention/)).toBeTruthy();
  });

  it('lists what keeps the draft from being published, each problem linking to its field', async () => {
    serveModule(fake);
    fake.answer(`POST ${BASE}/draft/publish`, () => ({
      status: 422,
      body: {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'The module cannot be published yet: 2 problems.',
        details: [
          { field: 'summary.en', rule: 'textMissing', message: 'the English text is missing' },
          { field: 'assessment.draw', rule: 'drawExceedsPool', message: '10 questions drawn per attempt, but the pool has only 1' },
        ],
      },
    }));
    fake.answer(`GET ${BASE}/draft/check`, () => ({
      status: 200,
      body: { publishable: false, problems: [{ field: 'summary.en', rule: 'textMissing', message: 'the English text is missing' }], advice: [] },
    }));
    await renderApp(`/authoring/${SLUG}`);
    // Before any attempt to publish, the fields stay quiet: the list under "Before publishing" says what is missing.
    await screen.findByText('1 thing to fix before publishing:');
    expect(within(await screen.findByRole('group', { name: /^Summary/ })).queryByText('the English text is missing')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    const refusal = await screen.findByText('The module cannot be published yet: 2 problems.');
    const list = refusal.closest('div')!;
    // Read out of context, each problem names its place.
    const link = within(list).getByRole('link', { name: 'Summary in English: the English text is missing' });
    within(list).getByRole('link', { name: 'Questions drawn per attempt: 10 questions drawn per attempt, but the pool has only 1' });
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('draft-summary-en');
    // After a refusal, each problem also stands on its field (here from the live check of the saved draft).
    const summary = within(await screen.findByRole('group', { name: /^Summary/ }));
    await summary.findByText('the English text is missing');
  });

  it('previews a question bank before importing: what will be created and what cannot, with its line', async () => {
    serveModule(fake);
    fake.answer(`POST ${BASE}/draft/import/preview`, () => ({
      status: 200,
      body: {
        ready: 1,
        refused: 1,
        questions: [
          { number: 1, line: 1, title: 'Capital', status: 'ready', question: { ...draft(1).definition.assessment.questions[0], id: 'capital' }, notes: [] },
          { number: 2, line: 5, title: 'Sum', status: 'refused', reason: 'Calculated questions cannot be imported.', notes: [] },
        ],
      },
    }));
    await renderApp(`/authoring/${SLUG}`);
    fireEvent.change(await screen.findByLabelText('Or paste the questions'), { target: { value: '::Capital:: Paris? {=yes ~no}' } });
    fireEvent.click(screen.getByRole('button', { name: 'See what will be imported' }));
    const table = await screen.findByRole('table', { name: 'Questions found in the file' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    // Each question that will be created has its answers in a full-width row under it.
    expect(rows).toEqual([
      ['1', '1', 'Capital', 'Will be created (Single choice)'],
      [expect.stringMatching(/^Right:/)],
      ['2', '5', 'Sum', 'Cannot be imported: Calculated questions cannot be imported.'],
    ]);
    expect(screen.getByRole('button', { name: 'Import 1 question' })).toBeTruthy();
    expect(fake.callsTo(`POST ${BASE}/draft/import`)).toHaveLength(0);
  });
});
