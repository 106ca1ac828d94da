import { en } from './messages.en.js';
import { fr } from './messages.fr.js';
import { resolveLanguage } from './language.js';

describe('API messages', () => {
  it('exist in French and English with the same keys and placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(fr[key].trim()).not.toBe('');
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, placeholders: placeholders(fr[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['fr', undefined, 'fr'],
    [undefined, 'fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    [undefined, 'de-DE,en;q=0.5,fr;q=0.7', 'fr'],
    [undefined, 'de', 'en'],
    ['xx', 'fr', 'fr'],
    [undefined, undefined, 'en'],
  ])('lang=%s, Accept-Language=%s gives %s', (query, header, expected) => {
    expect(resolveLanguage(query, header)).toBe(expected);
  });
});
