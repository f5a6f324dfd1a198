import { describe, expect, it } from 'vitest';
import { chromiumArgs } from './chromium';

describe('chromiumArgs', () => {
  it('keeps Chromium’s sandbox unless running as root, where it cannot start with it', () => {
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).toContain('--disable-background-networking');
  });
});
