import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, nearestPassing, relativeLuminance } from './contrast';

describe('WCAG 2.2 contrast', () => {
  it('gives the known luminances and ratios', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    // The classic AA borderline greys on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#595959', '#ffffff')).toBeCloseTo(7.0, 1);
    // Pure primaries on white and black.
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#00ff00', '#000000')).toBeCloseTo(15.3, 1);
  });
  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.47:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
  it('finds the nearest passing colour by lightness, keeping a passing one', () => {
    expect(nearestPassing('#1f3a68', '#ffffff', 4.5)).toBe('#1f3a68');
    const grey = nearestPassing('#999999', '#ffffff', 4.5);
    expect(contrastRatio(grey, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(grey, '#ffffff')).toBeLessThan(4.7); // nearest, not just "black"
    expect(grey).toMatch(/^#([0-9a-f]{2})\1\1$/); // still a grey
    // On a dark ground it lightens; a hue is kept (an orange stays orange-ish: red > green > blue).
    const orange = nearestPassing('#b3540f', '#0e141d', 7);
    expect(contrastRatio(orange, '#0e141d')).toBeGreaterThanOrEqual(7);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(orange.slice(i, i + 2), 16)) as [number, number, number];
    expect(r > g && g > b).toBe(true);
  });
  it('rejects anything but #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/);
    expect(() => contrastRatio('#fff', '#ffffff')).toThrow();
  });
});
