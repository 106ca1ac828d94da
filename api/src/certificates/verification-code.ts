import { randomInt } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so that a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Twelve symbols (60 bits), shown as three groups of four: e.g. 7KQM-3XPD-9RTA. */
export function newVerificationCode(): string {
  const symbols = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** What a person typed, in canonical form: case, spaces and hyphens ignored; O read as 0, I and L as 1. */
export function normalizeVerificationCode(input: string): string | undefined {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(symbols)) return undefined;
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}
