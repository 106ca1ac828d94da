import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: symbols a child cannot mistake for one another. */
export const CLASS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CLASS_CODE_LENGTH = 6;
export const CLASS_CODE_DAYS = 14;

export const newClassCode = (): string => Array.from({ length: CLASS_CODE_LENGTH }, () => CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)]).join('');

/** `K7P4XZ` → `K7P-4XZ`, as shown and printed. */
export const formatClassCode = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;

/** What a child typed, in any case, with or without the dash or spaces; undefined when it cannot be a code. */
export function parseClassCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== CLASS_CODE_LENGTH || [...code].some((c) => !CLASS_CODE_ALPHABET.includes(c))) return undefined;
  return code;
}
