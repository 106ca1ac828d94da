import { en } from './messages.en.js';
import { fr } from './messages.fr.js';
import { resolveLanguage } from './language.js';
import { translate } from './translate.js';

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

describe('API messages with a count', () => {
  it('have a singular and a plural form in both languages whenever they say {count}', () => {
    for (const catalogue of [en, fr] as Record<string, string>[]) {
      const lacking = Object.entries(catalogue)
        .filter(([key, text]) => text.includes('{count}') && !/_(one|other)$/.test(key))
        .map(([key]) => key);
      const unpaired = Object.keys(catalogue)
        .filter((key) => /_(one|other)$/.test(key))
        .map((key) => key.replace(/_(one|other)$/, ''))
        .filter((base) => !(`${base}_one` in catalogue && `${base}_other` in catalogue));
      expect({ lacking, unpaired }).toEqual({ lacking: [], unpaired: [] });
    }
  });

  it('take the form the count calls for: French counts 0 and 1 as singular, English only 1', () => {
    expect(translate('en', 'authoring.publishRefused', { count: 1 })).toBe('The draft cannot be published yet: 1 problem to fix.');
    expect(translate('en', 'authoring.publishRefused', { count: 0 })).toBe('The draft cannot be published yet: 0 problems to fix.');
    expect(translate('fr', 'authoring.publishRefused', { count: 1 })).toBe('Le brouillon ne peut pas encore être publié\u00a0: 1 point à corriger.');
    expect(translate('fr', 'authoring.publishRefused', { count: 3 })).toBe('Le brouillon ne peut pas encore être publié\u00a0: 3 points à corriger.');
    expect(translate('fr', 'import.note.promptImages', { count: 1 })).toBe('Une image de l’énoncé n’a pas été reprise.');
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
