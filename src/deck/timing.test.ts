import { describe, expect, it } from 'vitest';
import { countReadingUnits, MIN_SLIDE_SECONDS, readingSeconds, secondsOnScreen } from './timing';

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

describe('time on screen', () => {
  it('is the planned time, or the floor for a page without one (one rule for kiosk and briefing; the briefing used 10 s)', () => {
    expect(secondsOnScreen(12)).toBe(12);
    expect(secondsOnScreen(0)).toBe(MIN_SLIDE_SECONDS);
    expect(secondsOnScreen(undefined)).toBe(MIN_SLIDE_SECONDS);
    expect(secondsOnScreen(Number.NaN)).toBe(MIN_SLIDE_SECONDS);
  });
});
