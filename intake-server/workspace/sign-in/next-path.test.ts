import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT_PATH, safeNextPath } from './next-path.js';

describe('the page after sign-in', () => {
  it('keeps a workspace path with its query', () => {
    expect(safeNextPath('/koordinator')).toBe('/koordinator');
    expect(safeNextPath('/koordinator/soknader/0193-ab?fane=notater')).toBe('/koordinator/soknader/0193-ab?fane=notater');
  });

  it('drops a fragment, which the server never sees anyway', () => {
    expect(safeNextPath('/koordinator/konto#passnokler')).toBe('/koordinator/konto');
  });

  it.each([
    ['nothing', undefined],
    ['an empty value', ''],
    ['another site', 'https://evil.example/koordinator'],
    ['a scheme-relative URL', '//evil.example/koordinator'],
    ['a backslash that browsers read as a slash', '/\\evil.example/koordinator'],
    ['a relative path', 'koordinator/konto'],
    ['a path outside the workspace', '/api/v1/applications'],
    ['a look-alike prefix', '/koordinatorer'],
    ['a climb out of the workspace', '/koordinator/../api/v1/applications'],
    ['an encoded climb', '/koordinator/%2e%2e/widget.js'],
    ['a line break', '/koordinator\r\nSet-Cookie: x=1'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['something very long', `/koordinator/${'a'.repeat(2000)}`],
  ])('falls back to the start page for %s', (_label, candidate) => {
    expect(safeNextPath(candidate)).toBe(DEFAULT_NEXT_PATH);
  });
});
