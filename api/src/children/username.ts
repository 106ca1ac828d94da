import { randomInt } from 'node:crypto';

/**
 * A readable username from the nickname: its letters without accents, lowercased (at most 16), a dash and four
 * digits, e.g. `lina-4821`. A nickname with no Latin letter gives `ami-4821` ("friend" in French).
 */
export function usernameFrom(nickname: string): string {
  const base =
    nickname
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '')
      .slice(0, 16) || 'ami';
  return `${base}-${String(randomInt(10_000)).padStart(4, '0')}`;
}
