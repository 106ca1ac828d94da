// The same alphabet and length as the API's class codes (api/src/children/class-code.ts): no 0/O or 1/I/L.
const ALPHABET = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/** What a child typed (`k7p4xz`, `K7P-4XZ`, `k7p 4xz`) as the code, or undefined when it cannot be one. */
export function parseClassCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return ALPHABET.test(code) ? code : undefined;
}

/** `K7P4XZ` → `K7P-4XZ`, as printed on the sheet. */
export const groupClassCode = (code: string): string => (code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code);
