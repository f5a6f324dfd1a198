import { describe, expect, it } from 'vitest';
import { elapsed, formatDuration, isRunning, reset, startStopwatch, toggle } from './timer';

describe('stopwatch', () => {
  it('counts while running, holds while paused, resumes from where it stopped', () => {
    let w = startStopwatch(1000);
    expect(elapsed(w, 6000)).toBe(5000);
    w = toggle(w, 6000);
    expect(isRunning(w)).toBe(false);
    expect(elapsed(w, 60_000)).toBe(5000);
    w = toggle(w, 60_000);
    expect(elapsed(w, 62_000)).toBe(7000);
  });
  it('reset goes back to zero and keeps running or paused', () => {
    expect(elapsed(reset(startStopwatch(0), 10_000), 12_000)).toBe(2000);
    const paused = toggle(startStopwatch(0), 3000);
    expect(elapsed(reset(paused, 4000), 9000)).toBe(0);
  });
});

describe('formatDuration', () => {
  it('shows m:ss, and h:mm:ss past an hour', () => {
    expect(formatDuration(7_900)).toBe('0:07');
    expect(formatDuration(750_000)).toBe('12:30');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
