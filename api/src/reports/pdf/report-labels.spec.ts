import { reportLabels } from './report-labels.js';

describe('cohort report labels', () => {
  it('exist in French and English with the same keys and placeholders', () => {
    expect(Object.keys(reportLabels.fr).sort()).toEqual(Object.keys(reportLabels.en).sort());
    for (const key of Object.keys(reportLabels.en) as (keyof typeof reportLabels.en)[]) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(reportLabels.fr[key])).toEqual(placeholders(reportLabels.en[key]));
      expect(reportLabels.fr[key].trim()).not.toBe('');
    }
  });
});
