import { GENDERS, SECTORS } from '../users/user.entity.js';
import type { GroupFiguresDto } from './dto/dashboard.dto.js';

/**
 * Breakdowns use a randomised answer per person, fixed once (randomised response): with probability KEEP the
 * person's own declared value, otherwise a value drawn uniformly from every possible answer ("not stated"
 * included), both decided by the secret `users.breakdown_seed`. Since the draw never changes, no choice of cohorts and
 * no number of requests gets more out of it than that one randomised answer (see docs/privacy.md for the bound).
 */
export const KEEP = 0.5;

const ANSWERS = { gender: [...GENDERS, null], sector: [...SECTORS, null] } as const;
export type BreakdownField = keyof typeof ANSWERS;

// Separate bits of the seed decide each field (a coin, then 10 bits for the drawn answer), so the two answers are
// independent and one can be drawn again without the other.
const SHIFT = { gender: 0, sector: 16 } as const;
const FIELD_BITS = 0x7ff;

/** The randomised answer of `u` (a users row) as SQL; values an organisation imported, never declared by the person, count as not stated. */
export function randomisedAnswerSql(field: BreakdownField, u = 'u'): string {
  const answers = ANSWERS[field];
  const list = answers.map((value) => (value === null ? 'NULL' : `'${value}'`)).join(', ');
  const seed = `${u}.breakdown_seed >> ${SHIFT[field]}`;
  return `CASE WHEN (${seed}) & 1 = 0 THEN ${declaredSql(field, u)}
               ELSE (ARRAY[${list}]::text[])[1 + (((${seed}) >> 1) & 1023) % ${answers.length}] END`;
}

const declaredSql = (field: BreakdownField, u: string) => `(CASE WHEN ${u}.profile_declared_at IS NOT NULL THEN ${u}.${field} END)`;

/**
 * Draws a field's randomised answer again when the value it stands for changes (not otherwise: a fresh draw of the
 * same value would be a second sample of it). Keeping the old draw would tell, the moment the breakdown moves with the
 * new value, that both old and new answers were the person's own. $1 = user id; per field, whether it is being saved
 * and its new value.
 */
export function redrawChangedSql(): string {
  const part = (field: BreakdownField, given: string, value: string) => {
    const mask = FIELD_BITS << SHIFT[field];
    const changed = `${declaredSql(field, 'users')} IS DISTINCT FROM (CASE WHEN ${given} THEN ${value} ELSE users.${field} END)`;
    return `((CASE WHEN ${changed} THEN floor(random() * 2147483647)::int ELSE breakdown_seed END) & ${mask})`;
  };
  // PostgreSQL gives & and | the same precedence: each part is parenthesised.
  return `UPDATE users SET breakdown_seed = ${part('gender', '$2::boolean', '$3::text')} | ${part('sector', '$4::boolean', '$5::text')} WHERE id = $1`;
}

/**
 * From counts of randomised answers to estimates of the real ones: each count holds KEEP of the people of that value
 * plus (1 − KEEP)/k of everyone. Estimates are rounded and never below zero; every possible answer gets its row.
 */
export function estimateGroups(field: BreakdownField, counted: GroupFiguresDto[]): GroupFiguresDto[] {
  const k = ANSWERS[field].length;
  const total = (key: 'members' | 'completed' | 'certified') => counted.reduce((sum, group) => sum + group[key], 0);
  const totals = { members: total('members'), completed: total('completed'), certified: total('certified') };
  const estimate = (raw: number, all: number) => Math.max(0, Math.round((raw - ((1 - KEEP) * all) / k) / KEEP));
  return ANSWERS[field]
    .map((value) => value ?? 'unspecified')
    .map((group) => {
      const raw = counted.find((row) => row.group === group) ?? { members: 0, completed: 0, certified: 0 };
      return {
        group,
        members: estimate(raw.members, totals.members),
        completed: estimate(raw.completed, totals.completed),
        certified: estimate(raw.certified, totals.certified),
      };
    })
    .filter((group) => group.members > 0);
}
