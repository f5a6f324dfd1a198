import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskLoop, type LoopOptions } from './loop';

/** A three-slide deck whose slides last 10 s, 20 s and 5 s. */
function setup(overrides: Partial<LoopOptions> = {}) {
  const durations = [10_000, 20_000, 5_000];
  const shown: number[] = [];
  let index = 0;
  const loop: KioskLoop = new KioskLoop({
    clock: { now: () => Date.now(), setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    idleResumeMs: 30_000,
    idleRestart: false,
    speed: 1,
    advance: () => go((index + 1) % durations.length),
    restart: () => go(0),
    ...overrides,
  });
  function go(i: number) {
    index = i;
    shown.push(i);
    loop.slideShown(durations[i]!);
  }
  go(0);
  shown.length = 0;
  return { loop, shown, go, current: () => index };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('KioskLoop', () => {
  it('advances after each slide’s planned time and wraps around', () => {
    const { shown } = setup();
    vi.advanceTimersByTime(9_999);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(20_000 + 5_000);
    expect(shown).toEqual([1, 2, 0]);
  });

  it('scales every slide by the speed factor, also mid-slide', () => {
    const { loop, shown } = setup({ speed: 2 });
    vi.advanceTimersByTime(5_000);
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(5_000); // half of slide 1 (20 s at ×2 = 10 s)
    loop.setSpeed(0.5);
    vi.advanceTimersByTime(19_999);
    expect(shown).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([1, 2]);
  });

  it('a visitor’s input pauses; idle time resumes on the same slide with its full time', () => {
    const { loop, shown, go } = setup();
    vi.advanceTimersByTime(4_000);
    loop.interact();
    expect(loop.snapshot()).toMatchObject({ playing: false, pausedBy: 'visitor' });
    go(2); // stepping by hand
    loop.interact();
    vi.advanceTimersByTime(29_999);
    expect(loop.snapshot().playing).toBe(false);
    vi.advanceTimersByTime(1);
    expect(loop.snapshot().playing).toBe(true);
    shown.length = 0;
    vi.advanceTimersByTime(4_999);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([0]);
  });

  it('each input restarts the idle time', () => {
    const { loop } = setup();
    loop.interact();
    vi.advanceTimersByTime(20_000);
    loop.interact();
    vi.advanceTimersByTime(20_000);
    expect(loop.snapshot().playing).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(loop.snapshot().playing).toBe(true);
  });

  it('with idle-restart, resuming goes back to the title slide', () => {
    const { loop, go, current } = setup({ idleRestart: true });
    loop.interact();
    go(2);
    vi.advanceTimersByTime(30_000);
    expect(current()).toBe(0);
    expect(loop.snapshot().playing).toBe(true);
  });

  it('the button pauses and plays; paused stays paused while focus is on the controls', () => {
    const { loop, shown } = setup();
    vi.advanceTimersByTime(6_000);
    loop.setControlsFocused(true);
    loop.toggle();
    expect(loop.snapshot()).toMatchObject({ playing: false, pausedBy: 'button' });
    expect(loop.progress()).toBeCloseTo(0.6);
    vi.advanceTimersByTime(10 * 60_000);
    expect(loop.snapshot().playing).toBe(false);
    expect(shown).toEqual([]);
    loop.toggle();
    vi.advanceTimersByTime(3_999);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([1]);
  });

  it('idle-resume waits for focus to leave the controls', () => {
    const { loop } = setup();
    loop.interact();
    loop.setControlsFocused(true);
    vi.advanceTimersByTime(60_000);
    expect(loop.snapshot().playing).toBe(false);
    loop.setControlsFocused(false);
    vi.advanceTimersByTime(30_000);
    expect(loop.snapshot().playing).toBe(true);
  });

  it('runs slide times faster by a test time-scale while the speed a visitor sees stays theirs', () => {
    const { loop, shown } = setup({ speed: 2, timeScale: 50 });
    vi.advanceTimersByTime(99); // 10 s at ×2, 50 times faster: 100 ms
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([1]);
    expect(loop.snapshot()).toMatchObject({ speed: 2, remainingMs: 200 });
    // A visitor's idle time is real time, whatever the test time-scale.
    loop.interact();
    vi.advanceTimersByTime(29_999);
    expect(loop.snapshot().playing).toBe(false);
    vi.advanceTimersByTime(1);
    expect(loop.snapshot().playing).toBe(true);
  });

  it('keeps the speed factor within ×0.5…×10', () => {
    const { loop } = setup({ speed: 50 });
    expect(loop.snapshot().speed).toBe(10);
    loop.setSpeed(1000);
    expect(loop.snapshot().speed).toBe(10);
  });

  it('keeps looping a one-slide deck', () => {
    let shows = 0;
    const loop: KioskLoop = new KioskLoop({
      clock: { now: () => Date.now(), setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
      idleResumeMs: 1000, idleRestart: false, speed: 1,
      advance: () => { shows++; }, restart: () => {},
    });
    loop.slideShown(1000);
    vi.advanceTimersByTime(3_000);
    expect(shows).toBe(3);
  });

  it('stops all timers when disposed', () => {
    const { loop, shown } = setup();
    loop.dispose();
    vi.advanceTimersByTime(100_000);
    expect(shown).toEqual([]);
  });
});
