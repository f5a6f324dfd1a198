import { describe, expect, it } from 'vitest';
import { importRelease } from '../../../src/import/index';
import { fixture } from './helpers';

describe('inputs that are not a press release', () => {
  const refuse = (source: string) => {
    const r = importRelease(source, { file: 'x' });
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error;
  };
  it('refuses an empty or blank file', () => {
    expect(refuse('')).toBe('x: is empty');
    expect(refuse(' \n\n\t ')).toBe('x: is empty');
  });
  it('refuses binary bytes', () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);
    expect(refuse(png)).toMatch(/not text/);
    expect(refuse('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(10))).toMatch(/not text/);
  });
  it('refuses a web page that is not a press release', () => {
    expect(refuse(fixture('not-a-release.html'))).toMatch(/does not look like a press release/);
  });
  it('refuses a page that is only navigation and chrome', () => {
    expect(refuse('<html><body><nav><a>Home</a></nav><footer>© 2020</footer></body></html>')).toMatch(/no text outside navigation/);
  });
  it('refuses a release-like text without an issuer, naming what is missing (no organizations is fine)', () => {
    expect(refuse('A title\n\nThe ministry did something on May 1, 2019.\n\nRelease date\nMay 2, 2019\n')).toMatch(/found no issuer: no contact block/);
  });
});
