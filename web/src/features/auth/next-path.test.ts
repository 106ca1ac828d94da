import { describe, expect, it } from 'vitest';
import { AFTER_LOGIN_PATH, safeNextPath, withNext } from './next-path';

describe('safeNextPath', () => {
  it.each(['/learning', '/modules/droits?page=2', '/account#password', '/'])('keeps the path %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([null, '', 'learning', '//evil.example', '/\\evil.example', '/\t/evil.example', 'https://evil.example/', 'javascript:alert(1)'])(
    'refuses %s',
    (next) => {
      expect(safeNextPath(next)).toBe(AFTER_LOGIN_PATH);
    },
  );

  it('builds links that keep `next`', () => {
    expect(withNext('/login', '/account?x=1')).toBe('/login?next=%2Faccount%3Fx%3D1');
    expect(withNext('/signup', null)).toBe('/signup');
  });
});
