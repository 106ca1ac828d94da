import { certificateLabels, moreCompetenciesLabel } from './certificate-labels.js';
import { formatCertificateDate } from './certificate-date.js';

describe('certificate labels', () => {
  const { fr, en } = certificateLabels;

  it('exist in French and English with the same keys and placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, fr: fr[key].trim() !== '', en: en[key].trim() !== '' }).toEqual({ key, fr: true, en: true });
      expect({ key, placeholders: placeholders(fr[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it('follow French typography: typographic apostrophes, no-break spaces before colons and inside « »', () => {
    for (const text of Object.values(fr)) {
      expect(text).not.toMatch(/'/);
      expect(text).not.toMatch(/[^\u00a0\u202f]:/);
      expect(text).not.toMatch(/«[^\u202f\u00a0]|[^\u202f\u00a0]»/);
    }
  });
});

describe('moreCompetenciesLabel', () => {
  it('agrees with the number of competencies left out', () => {
    expect(moreCompetenciesLabel('fr', 1)).toBe(
      '… ainsi qu’une autre compétence, détaillée sur la page de vérification.',
    );
    expect(moreCompetenciesLabel('fr', 3)).toBe(
      '… ainsi que 3 autres compétences, détaillées sur la page de vérification.',
    );
    expect(moreCompetenciesLabel('en', 1)).toBe('… and one more competency, listed on the verification page.');
    expect(moreCompetenciesLabel('en', 3)).toBe('… and 3 more competencies, listed on the verification page.');
  });
});

describe('formatCertificateDate', () => {
  const date = new Date('2026-11-23T10:00:00Z');

  it('writes the day, the month in full and the year in each language', () => {
    expect(formatCertificateDate(date, 'en')).toBe('23 November 2026');
    expect(formatCertificateDate(date, 'fr')).toBe('23 novembre 2026');
  });

  it('writes the first of the month as an ordinal in French', () => {
    const first = new Date('2026-03-01T12:00:00Z');
    expect(formatCertificateDate(first, 'fr')).toBe('1er mars 2026');
    expect(formatCertificateDate(first, 'en')).toBe('1 March 2026');
  });

  it('gives the date in the time zone asked for, UTC otherwise', () => {
    const lateEvening = new Date('2026-11-23T23:30:00Z');
    expect(formatCertificateDate(lateEvening, 'fr')).toBe('23 novembre 2026');
    expect(formatCertificateDate(lateEvening, 'fr', 'Europe/Paris')).toBe('24 novembre 2026');
  });
});
