import { describe, expect, it } from 'vitest';
import { count, printable, printableJson } from './messages';

describe('printable', () => {
  it('escapes terminal controls: ESC sequences, C1 CSI, DEL, NUL, new lines', () => {
    expect(printable('a\u001b[2J\u001b]0;pwned\u0007b')).toBe('a\\x1b[2J\\x1b]0;pwned\\x07b');
    expect(printable('\u009b31m\u007f\u0000')).toBe('\\x9b31m\\x7f\\x00');
    expect(printable('line\nnext\r\ttab')).toBe('line\\nnext\\r\\ttab');
  });
  it('escapes bidi controls and separators, keeps every other character', () => {
    expect(printable('Beta \u202egnp.exe\u202c \u2028')).toBe('Beta \\u202egnp.exe\\u202c \\u2028');
    const kept = 'IoT推進コンソーシアム — “quotes” 🇯🇵🤝🇪🇺 \\x1b C:\\dir';
    expect(printable(kept)).toBe(kept);
  });
});

describe('printableJson', () => {
  it('escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { title: 'a\u009b2Jb\u202e\u007f\u2028' };
    expect(printableJson(JSON.stringify(value, null, 2)).split('\n')).toHaveLength(3);
    const json = printableJson(JSON.stringify(value));
    expect(json).not.toMatch(/[\u007f-\u009f\u2028\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('count', () => {
  it('agrees with its noun', () => {
    expect(count(1, 'organization')).toBe('1 organization');
    expect(count(0, 'organization')).toBe('0 organizations');
    expect(count(2, 'guess', 'guesses')).toBe('2 guesses');
  });
});
