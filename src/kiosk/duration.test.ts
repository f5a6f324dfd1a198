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

import { kioskQuery, readKioskView } from './query';
import { resolveKioskSettings } from './settings-schema';

describe('kiosk URL parameters', () => {
  it('round-trip from settings to the renderer', () => {
    const s = resolveKioskSettings({ speed: 2, idleResume: '45s', idleRestart: true, hideCursorAfter: 5 });
    const params = new URLSearchParams({ mode: 'kiosk', ...kioskQuery(s, 'org-itac') });
    expect(params.get('hideCursorAfter')).toBe('5000');
    expect(readKioskView(params)).toEqual({ speed: 2, timeScale: 1, idleResumeMs: 45_000, idleRestart: true, hideCursorAfterMs: 5_000, startSlide: 'org-itac', deprecated: [] });
  });
  it('keep a visitor’s URL within ×0.5…×10: a test time-scale comes only from the test harness', () => {
    expect(readKioskView(new URLSearchParams('speed=50&idleResume=1s'))).toMatchObject({ speed: 10, timeScale: 1, idleResumeMs: 1000 });
    expect(readKioskView(new URLSearchParams('speed=2'), { timeScale: 50 })).toMatchObject({ speed: 2, timeScale: 50 });
    expect(readKioskView(new URLSearchParams(''), { timeScale: 1e9 }).timeScale).toBe(1000);
    expect(readKioskView(new URLSearchParams(''), { timeScale: 'fast' }).timeScale).toBe(1);
    expect(readKioskView(new URLSearchParams('speed=abc&idleResume=x')).speed).toBe(1);
    expect(readKioskView(new URLSearchParams('idleResume=x')).idleResumeMs).toBe(30_000);
  });
  it('still read the old `hideCursor` spelling, and say it is deprecated', () => {
    const view = readKioskView(new URLSearchParams('hideCursor=1500'));
    expect(view.hideCursorAfterMs).toBe(1500);
    expect(view.deprecated).toEqual(['URL parameter hideCursor is deprecated: use hideCursorAfter']);
    expect(readKioskView(new URLSearchParams('hideCursor=1500&hideCursorAfter=2000')).hideCursorAfterMs).toBe(2000);
  });
});
