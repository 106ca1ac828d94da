import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../auth/testing/render-app';
import { BASE, draft, serveModule, SLUG } from './testing/draft-fixtures';

const fake = await vi.hoisted(async () => (await import('../auth/testing/fake-api')).installFakeApi());

const check = (problems: { field: string; message: string }[], advice: { field: string; message: string }[] = []) => ({
  status: 200,
  body: { publishable: problems.length === 0, problems: problems.map((p) => ({ ...p, rule: 'rule' })), advice: advice.map((a) => ({ ...a, rule: 'rule' })) },
});

const frenchSummary = async () => within(await screen.findByRole('group', { name: /^Summary/ })).getByRole('textbox', { name: 'French' });

describe('authoring panels: what is missing, discarding, versions', { timeout: 15_000 }, () => {
  beforeEach(() => {
    fake.reset();
    localStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('shows what publishing would refuse while the trainer writes, asks again after each save, and keeps advice apart', async () => {
    serveModule(fake);
    let saved = false;
    fake.answer(`GET ${BASE}/draft/check`, () =>
      saved
        ? check([], [{ field: 'lessons', message: 'The bureau’s own modules have 3 to 6 lessons; this one has 1.' }])
        : check([
            { field: 'summary.fr', message: 'the French text is missing' },
            { field: 'lessons.0.body.en', message: 'the lesson has no text' },
            { field: 'assessment.questions.0.options.1.en', message: 'the English text is missing' },
            { field: 'assessment.questions.2.pairs.0.left.fr', message: 'the French text is missing' },
          ]),
    );
    fake.answer(`PUT ${BASE}/draft`, (body) => {
      saved = true;
      return { status: 200, body: { ...draft(2), definition: body?.definition } };
    });
    await renderApp(`/authoring/${SLUG}`);
    const panel = await screen.findByRole('region', { name: 'Publish' });
    await within(panel).findByText('4 things to fix before publishing:');
    within(panel).getByRole('link', { name: 'Question 3 — Pair 1, left in French: the French text is missing' });
    within(panel).getByRole('link', { name: 'Lesson 1 — Text in English: the lesson has no text' });
    within(panel).getByRole('link', { name: 'Question 1 — Option 2 in English: the English text is missing' });
    const link = within(panel).getByRole('link', { name: 'Summary in French: the French text is missing' });
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('draft-summary-fr');

    fireEvent.change(await frenchSummary(), { target: { value: 'Qui fait quoi.' } });
    await within(panel).findByText('The saved draft can be published.', {}, { timeout: 4000 });
    expect(fake.callsTo(`GET ${BASE}/draft/check`)).toHaveLength(2);
    expect(within(panel).queryByRole('link', { name: /the French text is missing/ })).toBeNull();
    within(panel).getByRole('heading', { name: 'Advice (optional)' });
    within(panel).getByRole('link', { name: 'Lessons: The bureau’s own modules have 3 to 6 lessons; this one has 1.' });
  });

  it('discards the draft of a published module after confirming, and shows the published version again', async () => {
    serveModule(fake, draft(3), { currentVersion: 2, versions: [] });
    fake.answer(`GET ${BASE}/draft/check`, () => check([]));
    let discarded = false;
    fake.answer(`DELETE ${BASE}/draft`, () => {
      discarded = true;
      return { status: 204 };
    });
    fake.answer(`GET ${BASE}/draft`, () => (discarded ? { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No draft.' } } : { status: 200, body: draft(3) }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await renderApp(`/authoring/${SLUG}`);
    const section = await screen.findByRole('region', { name: 'Discard the draft' });
    within(section).getByText('Discarding deletes the draft and all its changes; version 2 stays online as it is.');
    fireEvent.click(within(section).getByRole('button', { name: 'Discard the draft' }));
    expect(fake.callsTo(`DELETE ${BASE}/draft`)).toHaveLength(0);
    fireEvent.click(within(section).getByRole('button', { name: 'Discard the draft' }));
    await screen.findByText('The draft has been discarded.');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(fake.callsTo(`DELETE ${BASE}/draft`)[0].query).toMatchObject({ revision: '3' });
    await screen.findByRole('button', { name: 'Start a draft from version 2' });
  });

  it('keeps the draft and goes on saving when the discard is refused', async () => {
    serveModule(fake, draft(3), { currentVersion: 2 });
    fake.answer(`GET ${BASE}/draft/check`, () => check([]));
    fake.answer(`DELETE ${BASE}/draft`, () => ({ status: 409, body: { statusCode: 409, error: 'Conflict', message: 'Someone saved this draft after you opened it.' } }));
    fake.answer(`PUT ${BASE}/draft`, (body) => ({ status: 200, body: { ...draft(4), definition: body?.definition } }));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await renderApp(`/authoring/${SLUG}`);
    const section = await screen.findByRole('region', { name: 'Discard the draft' });
    fireEvent.click(within(section).getByRole('button', { name: 'Discard the draft' }));
    await within(section).findByText('Someone saved this draft after you opened it.');
    fireEvent.change(await frenchSummary(), { target: { value: 'Toujours là.' } });
    await screen.findByText(/^Saved at /, {}, { timeout: 4000 });
    expect(fake.callsTo(`PUT ${BASE}/draft`)[0].body).toMatchObject({ revision: 3, definition: { summary: { fr: 'Toujours là.' } } });
  });

  it('goes back to my modules after discarding a module that was never published', async () => {
    serveModule(fake);
    fake.answer(`GET ${BASE}/draft/check`, () => check([]));
    fake.answer(`DELETE ${BASE}/draft`, () => ({ status: 204 }));
    fake.answer('GET /api/authoring/modules', () => ({ status: 200, body: { items: [] } }));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await renderApp(`/authoring/${SLUG}`);
    const section = await screen.findByRole('region', { name: 'Discard the draft' });
    within(section).getByText(/never published: discarding it deletes it/);
    fireEvent.click(within(section).getByRole('button', { name: 'Discard the draft' }));
    await screen.findByRole('heading', { level: 1, name: 'Authoring' });
    screen.getByText('The module “Hearing the child” has been deleted.', { selector: '[role=status]' });
  });

  it('names what changed between two versions in words: fields, lessons by title, questions by prompt', async () => {
    const version = (number: number) => ({ number, publishedAt: '2026-11-20T10:00:00.000Z', publishedBy: { id: 'u', displayName: 'Claire Martin' }, enrolments: 0 });
    serveModule(fake, draft(1), { currentVersion: 2, versions: [version(1), version(2)] });
    fake.answer(`GET ${BASE}/draft/check`, () => check([]));
    fake.answer(`GET ${BASE}/versions/1/diff/draft`, () => ({
      status: 200,
      body: {
        from: '1',
        to: 'draft',
        metadata: [
          { field: 'title.fr', before: 'Entendre l’enfant', after: 'Écouter l’enfant' },
          { field: 'audience', before: 'professional', after: 'child' },
        ],
        lessons: [
          {
            key: 'before',
            title: { fr: 'Avant', en: 'Before the hearing' },
            change: 'changed',
            positionBefore: 2,
            positionAfter: 1,
            fields: ['body.en', 'position'],
            texts: [{ field: 'body.en', before: `${'An opening paragraph. '.repeat(20)}The judge hears the child first.`, after: `${'An opening paragraph. '.repeat(20)}The judge listens to the child first.` }],
          },
        ],
        questions: [{ id: 'q-7', prompt: { fr: 'Qui décide ?', en: 'Who decides?' }, change: 'removed', fields: [], texts: [] }],
      },
    }));
    await renderApp(`/authoring/${SLUG}`);
    const versions = await screen.findByRole('region', { name: 'Versions' });
    // The table scrolls sideways on a phone: its region is named and the keyboard reaches it.
    expect(within(versions).getByRole('region', { name: 'Published versions' }).tabIndex).toBe(0);
    fireEvent.change(within(versions).getByLabelText('From'), { target: { value: '1' } });
    fireEvent.change(within(versions).getByLabelText('To'), { target: { value: 'draft' } });
    fireEvent.click(within(versions).getByRole('button', { name: 'See what changed' }));
    await within(versions).findByText('Title in French: Entendre l’enfant → Écouter l’enfant');
    within(versions).getByText('Audience: Professionals → Children (10–17)');
    within(versions).getByText('Lesson “Before the hearing”: changed (Text in English; moved from position 2 to 1)');
    within(versions).getByText('Question “Who decides?”: removed');
    // How the text changed: before and after named in words, the long body cut to what differs.
    const lesson = within(versions).getByText(/^Lesson “Before the hearing”/).closest('li')!;
    expect(within(lesson).getByRole('term').textContent).toBe('Text in English');
    expect(within(lesson).getAllByRole('definition').map((line) => line.textContent)).toEqual([
      'Before: …paragraph. An opening paragraph. The judge hears the child first.',
      'After: …paragraph. An opening paragraph. The judge listens to the child first.',
    ]);
    expect(within(versions).queryByText(/body\.en|title\.fr/)).toBeNull();
  });
});
