import { describe, expect, it } from 'vitest';
import { breakHints } from './text-split';

describe('breakHints', () => {
  it('lets a long URL wrap after / ? & = (after // as a pair), and gives the text back whole', () => {
    const url = 'https://www.meti.go.jp/english/press/2017/0321_001.html?utm_source=pressdeck&utm_medium=booth';
    const pieces = breakHints(`The full text is at ${url} for reference.`);
    expect(pieces.join('')).toBe(`The full text is at ${url} for reference.`);
    expect(pieces).toEqual([
      'The full text is at https://',
      'www.meti.go.jp/',
      'english/',
      'press/',
      '2017/',
      '0321_001.html?',
      'utm_source=',
      'pressdeck&',
      'utm_medium=',
      'booth for reference.',
    ]);
  });

  it('leaves ordinary words, short tokens and a trailing slash alone', () => {
    expect(breakHints('Either/or and a/b are words; so is https://x.jp/')).toEqual(['Either/or and a/b are words; so is https://x.jp/']);
    expect(breakHints('')).toEqual(['']);
  });
});
