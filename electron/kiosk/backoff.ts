/**
 * What to do after the renderer crashed or hung. One crash: reload at once (the visitor sees a
 * sub-second hiccup). Repeated crashes: wait longer each time, and from the third crash in a short
 * window show a static fallback slide meanwhile, so a crash loop never turns into a flickering screen.
 * Pure: the caller keeps the clock.
 *   decide([t]) → { reloadAfterMs: 0, fallback: false }
 *   decide([t-20s, t-10s, t]) → { reloadAfterMs: 10000, fallback: true }
 */
export interface BackoffPolicy {
  /** Crashes older than this are forgotten. */
  windowMs: number;
  /** Delays for the 1st, 2nd, … crash in the window; the last one repeats. */
  delaysMs: readonly number[];
  /** From this many crashes in the window on, show the fallback while waiting. */
  fallbackFrom: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  windowMs: 5 * 60_000,
  delaysMs: [0, 1_000, 10_000, 30_000, 60_000, 5 * 60_000],
  fallbackFrom: 3,
};

export interface BackoffDecision {
  reloadAfterMs: number;
  fallback: boolean;
  crashesInWindow: number;
}

export function decide(crashTimes: readonly number[], now: number, policy: BackoffPolicy = DEFAULT_BACKOFF): BackoffDecision {
  const recent = crashTimes.filter((t) => now - t <= policy.windowMs).length;
  const n = Math.max(1, recent);
  const delay = policy.delaysMs[Math.min(n, policy.delaysMs.length) - 1] ?? 0;
  return { reloadAfterMs: delay, fallback: n >= policy.fallbackFrom, crashesInWindow: n };
}

/** Keeps crash times, dropping the ones the policy has forgotten. */
export class CrashHistory {
  #times: number[] = [];
  constructor(private readonly policy: BackoffPolicy = DEFAULT_BACKOFF) {}

  record(now: number): BackoffDecision {
    this.#times = this.#times.filter((t) => now - t <= this.policy.windowMs);
    this.#times.push(now);
    return decide(this.#times, now, this.policy);
  }
}
