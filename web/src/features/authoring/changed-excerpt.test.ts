import { describe, expect, it } from 'vitest';
import { changedExcerpt } from './changed-excerpt';

describe('the changed part of a text', () => {
  it('keeps short texts whole', () => {
    expect(changedExcerpt('The child’s lawyer', 'The lawyer for the child')).toEqual({ before: 'The child’s lawyer', after: 'The lawyer for the child' });
  });

  it('shows a change in a long text with a few words around it, the rest left out', () => {
    const long = (word: string) => `${'Un paragraphe d’introduction assez long pour la leçon. '.repeat(10)}Le juge ${word} l’enfant avant de décider. ${'Une conclusion qui ne change pas non plus. '.repeat(10)}`;
    expect(changedExcerpt(long('écoute'), long('entend'))).toEqual({
      before: '…long pour la leçon. Le juge écoute l’enfant avant de décider. Une conclusion…',
      after: '…long pour la leçon. Le juge entend l’enfant avant de décider. Une conclusion…',
    });
  });
});
