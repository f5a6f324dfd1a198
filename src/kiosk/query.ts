/**
 * Kiosk settings as URL parameters: the main process writes them into the renderer URL, and the
 * plain-browser build (tests, the soak bench) reads the same ones, so both run one code path.
 *   ?mode=kiosk&speed=50&idleResume=1000&idleRestart=1&hideCursor=3000&slide=org-itac&watch=1
 * `speed` above ×10 is accepted here only as a time-scale for tests and benches.
 */
import { parseDuration } from './duration';
import { KIOSK_DEFAULTS, type KioskSettings } from './settings-schema';
import { clampSpeed, TIME_SCALE_MAX } from './speed';

export interface KioskView {
  speed: number;
  idleResumeMs: number;
  idleRestart: boolean;
  hideCursorMs: number;
  /** Slide id to start on (after a crash or a daily reload). */
  startSlide?: string;
}

export function readKioskView(params: URLSearchParams): KioskView {
  const ms = (name: string, fallback: number) => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    // Bare numbers here are milliseconds (machine-written); "30s" style is accepted too.
    const n = /^\d+$/.test(raw) ? Number(raw) : parseDuration(raw);
    return n === undefined ? fallback : n;
  };
  const speed = Number(params.get('speed') ?? KIOSK_DEFAULTS.speed);
  return {
    speed: clampSpeed(speed, TIME_SCALE_MAX),
    idleResumeMs: ms('idleResume', KIOSK_DEFAULTS.idleResumeMs),
    idleRestart: params.get('idleRestart') === '1',
    hideCursorMs: ms('hideCursor', KIOSK_DEFAULTS.hideCursorMs),
    startSlide: params.get('slide') ?? undefined,
  };
}

export function kioskQuery(s: KioskSettings, startSlide?: string): Record<string, string> {
  const q: Record<string, string> = {
    speed: String(s.speed),
    idleResume: String(s.idleResumeMs),
    hideCursor: String(s.hideCursorMs),
  };
  if (s.idleRestart) q.idleRestart = '1';
  if (startSlide) q.slide = startSlide;
  return q;
}
