import { describe, expect, it } from 'vitest';
import { isTrustedOrigin, resolveInside } from './paths';

describe('resolveInside', () => {
  it('maps URL paths into the root', () => {
    expect(resolveInside('/app/out/renderer', '/assets/x.js')).toBe('/app/out/renderer/assets/x.js');
    expect(resolveInside('/app/r', '/a%20b.png')).toBe('/app/r/a b.png');
  });

  it('refuses paths that climb out, encoded or not', () => {
    expect(resolveInside('/app/r', '/../../etc/passwd')).toBeUndefined();
    expect(resolveInside('/app/r', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveInside('/app/r', '/a/../../r2/x')).toBeUndefined();
    expect(resolveInside('/app/r', '/x%00.png')).toBeUndefined();
    expect(resolveInside('/app/r', '/%E0%A4%A')).toBeUndefined();
    expect(resolveInside('/app/r', '/')).toBeUndefined();
  });
});

describe('isTrustedOrigin', () => {
  it('trusts only the app renderer, and the dev server in development', () => {
    expect(isTrustedOrigin('app://renderer/index.html?mode=kiosk')).toBe(true);
    expect(isTrustedOrigin('app://release/photo.jpg')).toBe(false);
    expect(isTrustedOrigin('https://example.com/')).toBe(false);
    expect(isTrustedOrigin(undefined)).toBe(false);
    expect(isTrustedOrigin('not a url')).toBe(false);
    expect(isTrustedOrigin('http://localhost:5173/?x', 'http://localhost:5173')).toBe(true);
    expect(isTrustedOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});
