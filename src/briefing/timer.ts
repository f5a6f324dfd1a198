/**
 * The presenter's elapsed-time clock, paused and reset by the speaker. Pure: time is passed in, so
 * tests need no clock and the view decides how often to redraw.
 */
export interface Stopwatch {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** When the current run started, or undefined while paused. */
  since: number | undefined;
}

export const startStopwatch = (now: number): Stopwatch => ({ banked: 0, since: now });

export const elapsed = (w: Stopwatch, now: number): number => w.banked + (w.since === undefined ? 0 : Math.max(now - w.since, 0));

export const isRunning = (w: Stopwatch): boolean => w.since !== undefined;

export function toggle(w: Stopwatch, now: number): Stopwatch {
  return w.since === undefined ? { banked: w.banked, since: now } : { banked: elapsed(w, now), since: undefined };
}

/** Back to 0:00, keeping whether it runs. */
export function reset(w: Stopwatch, now: number): Stopwatch {
  return { banked: 0, since: w.since === undefined ? undefined : now };
}

/** 0:07, 12:30, 1:02:03 */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(ms, 0) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
