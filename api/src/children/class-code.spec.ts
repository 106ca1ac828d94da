import { CLASS_CODE_ALPHABET, formatClassCode, newClassCode, parseClassCode } from './class-code.js';
import { canonicalSecret } from './child-secret.js';
import { usernameFrom } from './username.js';

describe('class codes', () => {
  it('never uses symbols a child could confuse', () => {
    for (const c of '0O1IL') expect(CLASS_CODE_ALPHABET).not.toContain(c);
    for (let i = 0; i < 200; i++) expect(newClassCode()).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });

  it('is shown grouped and read back in any case, with or without the dash', () => {
    expect(formatClassCode('K7P4XZ')).toBe('K7P-4XZ');
    expect(parseClassCode('k7p-4xz')).toBe('K7P4XZ');
    expect(parseClassCode(' K7P 4XZ ')).toBe('K7P4XZ');
    expect(parseClassCode('K7P-4X')).toBeUndefined();
    expect(parseClassCode('K7P-4X0')).toBeUndefined();
  });
});

describe('child secrets and usernames', () => {
  it('accepts a 4-digit PIN or 4 pictures of the set, nothing else', () => {
    expect(canonicalSecret('pin', '0427')).toBe('0427');
    expect(canonicalSecret('pin', ['0', '4', '2', '7'])).toBe('0427');
    expect(canonicalSecret('pictures', ['sun', 'cat', 'sun', 'boat'])).toBe('sun-cat-sun-boat');
    expect(() => canonicalSecret('pin', '042')).toThrow();
    expect(() => canonicalSecret('pin', 'abcd')).toThrow();
    expect(() => canonicalSecret('pictures', ['sun', 'cat', 'car', 'boat'])).toThrow();
    expect(() => canonicalSecret('pictures', { a: 1 })).toThrow();
  });

  it('makes readable usernames from nicknames', () => {
    expect(usernameFrom('Léna')).toMatch(/^lena-\d{4}$/);
    expect(usernameFrom('Jean-Éric 2')).toMatch(/^jeaneric-\d{4}$/);
    expect(usernameFrom('小明')).toMatch(/^ami-\d{4}$/);
  });
});
