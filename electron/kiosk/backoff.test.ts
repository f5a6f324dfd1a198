import { describe, expect, it } from 'vitest';
import { CrashHistory, decide, DEFAULT_BACKOFF } from './backoff';

describe('crash back-off', () => {
  it('reloads at once after a single crash', () => {
    expect(decide([1000], 1000)).toEqual({ reloadAfterMs: 0, fallback: false, crashesInWindow: 1 });
  });
  it('waits longer on each crash in a loop and shows the fallback from the third', () => {
    const h = new CrashHistory();
    const t = 1_000_000;
    expect(h.record(t)).toMatchObject({ reloadAfterMs: 0, fallback: false });
    expect(h.record(t + 2_000)).toMatchObject({ reloadAfterMs: 1_000, fallback: false });
    expect(h.record(t + 4_000)).toMatchObject({ reloadAfterMs: 10_000, fallback: true });
    let d = h.record(t + 20_000);
    for (let i = 0; i < 10; i++) d = h.record(t + 30_000 + i * 1000);
    expect(d.reloadAfterMs).toBe(DEFAULT_BACKOFF.delaysMs.at(-1));
    expect(d.fallback).toBe(true);
  });
  it('forgets crashes outside the window', () => {
    const h = new CrashHistory();
    h.record(0);
    h.record(1_000);
    h.record(2_000);
    expect(h.record(2_000 + DEFAULT_BACKOFF.windowMs + 1)).toEqual({ reloadAfterMs: 0, fallback: false, crashesInWindow: 1 });
  });
});
