import type { GroupFiguresDto } from './dto/dashboard.dto.js';

export const MIN_GROUP_SIZE = 5;

/**
 * Hides every group of fewer than five people: they are merged into one "suppressed" row, and when that row
 * would itself be under five (it could then be told apart by subtraction), the next smallest groups join it.
 */
export function suppressSmallGroups(groups: GroupFiguresDto[]): GroupFiguresDto[] {
  const sorted = [...groups].sort((a, b) => a.members - b.members);
  const hidden: GroupFiguresDto[] = [];
  for (const group of sorted) {
    const hiddenSize = hidden.reduce((sum, g) => sum + g.members, 0);
    if (group.members < MIN_GROUP_SIZE || (hidden.length > 0 && hiddenSize < MIN_GROUP_SIZE)) hidden.push(group);
  }
  const shown = groups.filter((group) => !hidden.includes(group));
  if (hidden.length === 0) return shown;
  const merged = hidden.reduce(
    (sum, g) => ({ group: 'suppressed', members: sum.members + g.members, completed: sum.completed + g.completed, certified: sum.certified + g.certified }),
    { group: 'suppressed', members: 0, completed: 0, certified: 0 },
  );
  // A merged row still under five people says nothing that is safe to say.
  return merged.members < MIN_GROUP_SIZE ? shown : [...shown, merged];
}
