import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LessonsEditor } from './LessonsEditor';
import { renderAuthoring } from './testing/render-authoring';
import type { Definition } from './types';

const lesson = (key: string, title: string) => ({ key, title: { fr: title, en: title }, body: { fr: '', en: '' } });
const start = { lessons: [lesson('ecouter', 'Écouter'), lesson('signaler', 'Signaler')] } as unknown as Definition;

/** The editor with the page's state around it, as DraftEditorPage holds it. */
function Harness() {
  const [definition, setDefinition] = useState(start);
  return <LessonsEditor slug="hearing-children" definition={definition} update={(change) => setDefinition(change)} problems={[]} />;
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('the lessons editor', () => {
  it('keeps the lesson card, its focus and what is typed next when its identifier is changed', async () => {
    await renderAuthoring(<Harness />, 'fr');
    const key = field('draft-lessons-0-key');
    const title = field('draft-lessons-0-title-fr');
    key.focus();
    fireEvent.change(key, { target: { value: 'ecouter-l-enfant' } });
    // Leaving the field for the next one (Tab) applies the identifier.
    fireEvent.blur(key, { relatedTarget: title });
    title.focus();
    expect(screen.getByRole('group', { name: /^Leçon 1/ })).toBeTruthy();
    expect(field('draft-lessons-0-key').value).toBe('ecouter-l-enfant');
    // The same title field, still focused: what the trainer types now lands in it.
    expect(field('draft-lessons-0-title-fr')).toBe(title);
    expect(document.activeElement).toBe(title);
    fireEvent.change(title, { target: { value: 'Écouter l’enfant' } });
    expect(field('draft-lessons-0-title-fr').value).toBe('Écouter l’enfant');
  });
});
