import { describe, expect, it } from 'vitest';
import { msUntilNext, parseClock, parseDuration } from './duration';
import { tapZone } from './tap-zones';

describe('durations and clock times', () => {
  it('reads seconds, minutes and bare numbers', () => {
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('1.5')).toBe(1_500);
    expect(parseDuration(45)).toBe(45_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration(-1)).toBeUndefined();
  });
  it('reads HH:MM and finds the next one', () => {
    expect(parseClock('03:00')).toEqual({ hour: 3, minute: 0 });
    expect(parseClock('24:00')).toBeUndefined();
    const now = new Date(2024, 4, 10, 2, 30);
    expect(msUntilNext({ hour: 3, minute: 0 }, now)).toBe(30 * 60_000);
    const later = new Date(2024, 4, 10, 3, 0);
    expect(msUntilNext({ hour: 3, minute: 0 }, later)).toBe(24 * 3_600_000);
  });
  it('maps taps to zones', () => {
    expect(tapZone(10, 1000)).toBe('previous');
    expect(tapZone(500, 1000)).toBe('pause');
    expect(tapZone(990, 1000)).toBe('next');
  });
});
