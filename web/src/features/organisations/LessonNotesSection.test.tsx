import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../auth/testing/render-app';

const fake = await vi.hoisted(async () => (await import('./testing/fake-org-api')).installOrgFakeApi());
const { ORG, USERS } = await import('./testing/fixtures');

async function openNotes(user = USERS.admin, language: 'en' | 'fr' = 'en') {
  fake.logIn(user);
  await renderApp(`/organisations/${ORG}`, language);
  return within(await screen.findByRole('region', { name: language === 'fr' ? 'Notes sous les leçons' : 'Notes under lessons' }));
}

describe('notes under lessons, in the organisation area', () => {
  beforeEach(() => fake.reset());

  it('lets an org admin write a note under a chosen lesson, then edit and delete it', async () => {
    const section = await openNotes();
    expect(await section.findByText('No notes yet.')).toBeTruthy();
    await waitFor(() => expect(section.getAllByRole('option', { name: 'Safe reporting' })).toHaveLength(1));
    fireEvent.change(section.getByLabelText('Module'), { target: { value: 'safe-reporting' } });
    fireEvent.change(section.getByLabelText('Lesson'), { target: { value: '3' } });
    fireEvent.change(section.getByLabelText('Note in French'), { target: { value: 'Appelez la cellule départementale.' } });
    fireEvent.click(section.getByRole('button', { name: 'Save the note' }));

    expect(await section.findByText('The note is saved; your learners see it under the lesson.')).toBeTruthy();
    expect(fake.callsTo(`PUT /api/organisations/${ORG}/lesson-notes`)[0].body).toEqual({ moduleSlug: 'safe-reporting', position: 3, bodyFr: 'Appelez la cellule départementale.', bodyEn: '' });
    const note = within(await section.findByRole('listitem'));
    expect(note.getByRole('heading').textContent).toBe('Safe reporting · Lesson 3 — Lesson title 3');
    expect(note.getByText('Appelez la cellule départementale.')).toBeTruthy();

    fireEvent.click(note.getByRole('button', { name: 'Edit Safe reporting · Lesson 3 — Lesson title 3' }));
    expect((section.getByLabelText('Note in French') as HTMLTextAreaElement).value).toBe('Appelez la cellule départementale.');
    expect((section.getByLabelText('Lesson') as HTMLSelectElement).value).toBe('3');
    fireEvent.change(section.getByLabelText('Note in English'), { target: { value: 'Call the county unit.' } });
    fireEvent.click(section.getByRole('button', { name: 'Save the note' }));
    expect(await section.findByText('Call the county unit.')).toBeTruthy();
    expect(fake.callsTo(`PUT /api/organisations/${ORG}/lesson-notes`)[1].body).toMatchObject({ moduleSlug: 'safe-reporting', position: 3, bodyEn: 'Call the county unit.' });

    fireEvent.click(section.getByRole('button', { name: /^Delete Safe reporting/ }));
    expect(await section.findByText('The note under Safe reporting, lesson 3, is deleted.')).toBeTruthy();
    expect(fake.callsTo(`DELETE /api/organisations/${ORG}/lesson-notes`)[0].query.toString()).toBe('moduleSlug=safe-reporting&position=3&lang=en');
    expect(await section.findByText('No notes yet.')).toBeTruthy();
  });

  it('shows the refusal of an empty note in the reader’s language and keeps what was typed', async () => {
    const section = await openNotes(USERS.admin, 'fr');
    await waitFor(() => expect(section.getAllByRole('option', { name: 'Hearing the child' })).toHaveLength(1));
    fireEvent.change(section.getByLabelText('Module'), { target: { value: 'hearing-the-child' } });
    fireEvent.change(section.getByLabelText('Note en anglais'), { target: { value: '   ' } });
    fireEvent.click(section.getByRole('button', { name: 'Enregistrer la note' }));
    expect((await section.findByRole('alert')).textContent).toBe('Rédigez la note en français, en anglais ou dans les deux langues.');
    expect((section.getByLabelText('Module') as HTMLSelectElement).value).toBe('hearing-the-child');
  });

  it('shows trainers the notes without the editor', async () => {
    fake.lessonNotes = [
      { moduleSlug: 'hearing-the-child', moduleTitle: 'Hearing the child', lessonPosition: 2, lessonTitle: 'Listening', bodyFr: '', bodyEn: 'Our referral list is in the staff room.', updatedAt: '2026-04-01T10:00:00.000Z' },
    ];
    const section = await openNotes(USERS.trainer);
    expect(await section.findByText('Our referral list is in the staff room.')).toBeTruthy();
    expect(section.queryByRole('button', { name: /Edit|Save the note/ })).toBeNull();
    expect(section.queryByLabelText('Note in French')).toBeNull();
  });
});
