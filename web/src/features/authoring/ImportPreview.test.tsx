import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { ImportPreview } from './ImportPreview';
import { renderAuthoring } from './testing/render-authoring';

const fr = (text: string) => ({ fr: text, en: '' });
const base = { competency: 'C1', points: 1, needsTranslation: true, feedback: fr('') };
const preview = {
  ready: 4,
  refused: 0,
  questions: [
    { number: 1, line: 1, title: 'Choix', status: 'ready', notes: [], question: { ...base, id: 'choix', type: 'single_choice', prompt: fr('Quel article ?'), options: [{ id: 'o1', ...fr('Article 3'), correct: true }, { id: 'o2', ...fr('Article 12') }] } },
    { number: 2, line: 3, title: 'Audition', status: 'ready', notes: [], question: { ...base, id: 'audition', type: 'true_false', prompt: fr('Un enfant peut être entendu.'), answer: true } },
    { number: 3, line: 5, title: 'Sigle', status: 'ready', notes: [], question: { ...base, id: 'sigle', type: 'short_text', prompt: fr('Le sigle ?'), accepted: { fr: ['CIDE', 'CDE'], en: [] } } },
    { number: 4, line: 7, title: 'Paires', status: 'ready', notes: ['Une note.'], question: { ...base, id: 'paires', type: 'matching', prompt: fr('Associez.'), pairs: [{ id: 'p1', left: fr('Article 3'), right: fr('Intérêt supérieur') }] } },
  ],
} as unknown as Schemas['ImportPreviewDto'];

const answers = (number: number) => within(screen.getByRole('list', { name: `Réponses de la question ${number}` })).getAllByRole('listitem').map((item) => item.textContent);

describe('the import preview', () => {
  it('shows each question’s answers and says in words which ones count as right', async () => {
    await renderAuthoring(<ImportPreview preview={preview} />, 'fr');
    expect(answers(1)).toEqual(['Juste\u00a0: Article 3', 'Fausse\u00a0: Article 12']);
    expect(answers(2)).toEqual(['Juste\u00a0: Vrai']);
    expect(answers(3)).toEqual(['Juste\u00a0: CIDE', 'Juste\u00a0: CDE']);
    expect(answers(4)).toEqual(['Article 3 → correspond à Intérêt supérieur']);
    expect(within(screen.getByRole('list', { name: 'Ce qui change à l’import de la question 4' })).getByText('Une note.')).toBeTruthy();
  });
});
