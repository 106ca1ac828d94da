import { suppressSmallGroups } from './small-groups.js';

const g = (group: string, members: number) => ({ group, members, completed: 0, certified: 0 });

describe('suppressSmallGroups', () => {
  it('keeps groups of five or more as they are', () => {
    expect(suppressSmallGroups([g('a', 5), g('b', 9)])).toEqual([g('a', 5), g('b', 9)]);
  });
  it('merges small groups into one row of at least five', () => {
    expect(suppressSmallGroups([g('a', 9), g('b', 3), g('c', 2)])).toEqual([g('a', 9), g('suppressed', 5)]);
  });
  it('hides the next smallest group too when the merged row would be under five (no subtraction)', () => {
    expect(suppressSmallGroups([g('a', 9), g('b', 6), g('c', 2)])).toEqual([g('a', 9), g('suppressed', 8)]);
  });
  it('shows nothing when everybody together is under five', () => {
    expect(suppressSmallGroups([g('a', 2), g('b', 1)])).toEqual([]);
  });
});
