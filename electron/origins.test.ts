import { describe, expect, it } from 'vitest';
import { isTrustedOrigin } from './origins';

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
