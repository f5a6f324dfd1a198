/**
 * The kiosk's global speed factor. Visitors may slow the loop down to half speed or speed it up ten
 * times (WCAG 2.2.1 Timing Adjustable asks for at least a tenfold range); the buttons step through
 * a short ladder so a few presses cover the range.
 *   stepSpeed(1, +1) → 1.5;  stepSpeed(0.5, -1) → 0.5
 */
export const SPEED_MIN = 0.5;
export const SPEED_MAX = 10;
export const SPEED_STEPS = [0.5, 0.75, 1, 1.5, 2, 3, 5, 10] as const;
/**
 * Test-only time-scale (tests, the soak bench), on top of the speed factor: slide times run up to
 * this many times faster. It never comes from a URL, the command line or the config file.
 */
export const TIME_SCALE_MAX = 1000;

export function clampSpeed(value: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.min(SPEED_MAX, Math.max(SPEED_MIN, value));
}

export function clampTimeScale(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.min(value, TIME_SCALE_MAX) : 1;
}

/** One step up (+1) or down (-1) the ladder, from wherever the factor is now. */
export function stepSpeed(current: number, direction: 1 | -1): number {
  if (direction > 0) return SPEED_STEPS.find((s) => s > current + 1e-9) ?? SPEED_MAX;
  const lower = [...SPEED_STEPS].reverse().find((s) => s < current - 1e-9);
  return lower ?? SPEED_MIN;
}

/** "×1.5" */
export function speedLabel(factor: number): string {
  return `×${Number(factor.toFixed(2))}`;
}
