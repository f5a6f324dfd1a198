/**
 * Human durations and clock times from the command line and pressdeck.config.json.
 *   parseDuration('30s') → 30000;  parseDuration('2m') → 120000;  parseDuration(45) → 45000 (seconds)
 *   parseClock('03:00') → { hour: 3, minute: 0 }
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[(m[2] ?? 's') as keyof typeof UNIT_MS];
}

export interface ClockTime {
  hour: number;
  minute: number;
}

export function parseClock(value: string): ClockTime | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}

/** Milliseconds from `now` to the next local `at` (tomorrow when today's has passed). */
export function msUntilNext(at: ClockTime, now: Date): number {
  const next = new Date(now);
  next.setHours(at.hour, at.minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}
