import { estimateGroups, randomisedAnswerSql } from './breakdown-noise.js';

const g = (group: string, members: number, completed = 0) => ({ group, members, completed, certified: 0 });

describe('randomised breakdowns', () => {
  it('works the real counts back from the expected randomised counts', () => {
    // 20 people: 10 women (4 completed), 10 men. Half keep their answer, half draw one of 5 answers.
    const counted = [g('woman', 7, 2 + 0.4 * 1), g('man', 7, 0.4), g('another', 2, 0.4), g('prefer_not_to_say', 2, 0.4), g('unspecified', 2, 0.4)];
    expect(estimateGroups('gender', counted)).toEqual([g('woman', 10, 4), g('man', 10, 0)]);
  });

  it('never gives a negative estimate, and gives every answer a row only when it is estimated above zero', () => {
    expect(estimateGroups('sector', [g('police', 1)])).toEqual([g('police', 2)]);
  });

  it('reads the seed with each field on its own bits, operators parenthesised', () => {
    const sql = randomisedAnswerSql('sector');
    expect(sql).toContain('(u.breakdown_seed >> 16) & 1 = 0');
    expect(sql).toContain('((u.breakdown_seed >> 16) >> 1) & 1023) % 8');
  });
});
