import { describe, expect, it } from 'vitest';
import { countReadingUnits, MIN_SLIDE_SECONDS, readingSeconds } from './timing';

describe('reading time', () => {
  it('never goes below the floor, so a short slide can still be noticed', () => {
    expect(readingSeconds(['Hello'])).toBe(MIN_SLIDE_SECONDS);
  });

  it('gives English 2 s plus a third of a second per word', () => {
    const words = Array(90).fill('word').join(' ');
    expect(readingSeconds([words])).toBe(2 + 30);
  });

  it('counts Japanese by characters, four a second', () => {
    expect(countReadingUnits('経済産業省は発表した')).toEqual({ words: 0, cjkChars: 10 });
    expect(readingSeconds(['あ'.repeat(120)])).toBe(2 + 30);
  });

  it('does not count punctuation as words', () => {
    expect(countReadingUnits('ITAC — AIOTI · 2017 !').words).toBe(3);
  });
});
