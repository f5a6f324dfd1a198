import { describe, expect, it } from 'vitest';
import { mergePrefs, prefsFromSearch, prefsFromStorage, shortcutFor, startingPrefs, stepFont } from './prefs';
import { parseDiagonal, parseDistance, pickFontMode } from './distance';

describe('prefs', () => {
  it('reads valid URL values and ignores the rest', () => {
    expect(prefsFromSearch('?font=xlarge&contrast=high&motion=reduced&shortcuts=off')).toEqual({ font: 'xlarge', contrast: 'high', motion: 'reduced', shortcuts: false });
    expect(prefsFromSearch('?font=huge&contrast=max')).toEqual({});
  });
  it('survives broken storage and lets the URL win over it', () => {
    expect(prefsFromStorage('{not json')).toEqual({});
    const stored = prefsFromStorage(JSON.stringify({ font: 'large', contrast: 'high' }));
    expect(mergePrefs(stored, prefsFromSearch('?font=xlarge'))).toEqual({ font: 'xlarge', contrast: 'high', shortcuts: true });
  });
  it('starts a print layout from the URL alone, contrast and motion pinned', () => {
    const stored = { font: 'xlarge' as const, contrast: 'high' as const, shortcuts: false };
    expect(startingPrefs({}, stored, true)).toEqual({ font: 'standard', contrast: 'standard', motion: 'full', shortcuts: true });
    expect(startingPrefs(prefsFromSearch('?font=large&contrast=high'), stored, true)).toMatchObject({ font: 'large', contrast: 'high' });
    expect(startingPrefs(prefsFromSearch('?font=large'), stored, false)).toEqual({ font: 'large', contrast: 'high', shortcuts: false });
  });
  it('steps font modes within bounds', () => {
    expect(stepFont('standard', 1)).toBe('large');
    expect(stepFont('xlarge', 1)).toBe('xlarge');
    expect(stepFont('standard', -1)).toBe('standard');
  });
  it('leaves modifier chords (browser zoom) alone', () => {
    const k = (key: string, ctrlKey = false) => shortcutFor({ key, ctrlKey, metaKey: false, altKey: false });
    expect(k('+')).toBe('bigger');
    expect(k('+', true)).toBeUndefined();
    expect(k('C')).toBe('contrast');
    expect(k('ArrowRight')).toBeUndefined();
  });
});

describe('distance-aware type', () => {
  it('parses distances and diagonals with units', () => {
    expect(parseDistance('4m')).toBe(4);
    expect(parseDistance('10ft')).toBeCloseTo(3.048);
    expect(parseDistance('far')).toBeUndefined();
    expect(parseDiagonal('55in')).toBe(55);
    expect(parseDiagonal('55"')).toBe(55);
  });
  it('picks the smallest mode that meets the DISCAS floor', () => {
    // 55" 16:9 is 685 mm tall: 34 px labels have 15.4 mm capitals at standard, 23.1 at large.
    expect(pickFontMode(2, 55).font).toBe('standard');
    const four = pickFontMode(4, 55);
    expect(four.font).toBe('large');
    expect(four.floorMm).toBe(20);
    expect(four.meetsFloor).toBe(true);
    expect(four.message).toContain('DISCAS');
  });
  it('says with numbers whether any mode reaches comfortable reading (the old message promised "a larger mode may" when none did)', () => {
    expect(pickFontMode(4, 55).message).toBe(
      'Font mode large: its smallest letters are 23.1 mm tall 4.0 m from a 55-inch screen, above the AVIXA DISCAS floor of 20.0 mm (distance ÷ 200). ' +
        'Comfortable reading (1 in per 10 ft) wants 33.3 mm, which no mode reaches here (xlarge: 30.8 mm).',
    );
    expect(pickFontMode(2, 55).message).toBe(
      'Font mode standard: its smallest letters are 15.4 mm tall 2.0 m from a 55-inch screen, above the AVIXA DISCAS floor of 10.0 mm (distance ÷ 200). ' +
        'Comfortable reading (1 in per 10 ft) wants 16.7 mm, which large reaches (23.1 mm).',
    );
    expect(pickFontMode(1, 55).message).toBe(
      'Font mode standard: its smallest letters are 15.4 mm tall 1.0 m from a 55-inch screen, above the AVIXA DISCAS floor of 5.0 mm (distance ÷ 200), and comfortable reading (1 in per 10 ft, 8.3 mm) too.',
    );
  });
  it('says plainly when even xlarge is not enough', () => {
    const r = pickFontMode(12, 32);
    expect(r.font).toBe('xlarge');
    expect(r.meetsFloor).toBe(false);
    expect(r.message).toMatch(/^Even xlarge is too small/);
  });
});
