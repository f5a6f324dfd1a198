/**
 * Kiosk settings as URL parameters: the main process writes them into the renderer URL, and the
 * plain-browser build reads the same ones, so both run one code path.
 *   ?mode=kiosk&speed=2&idleResume=1000&idleRestart=1&hideCursorAfter=3000&slide=org-itac&watch=1
 * `speed` stays within ×0.5…×10 whatever the URL says: a faster test time-scale comes only from the
 * test harness (src/app/test-hooks.ts), never from a URL a visitor could edit.
 */
import { parseDuration } from './duration';
import { KIOSK_DEFAULTS, type KioskSettings } from './settings-schema';
import { clampSpeed, clampTimeScale } from './speed';

export interface KioskView {
  speed: number;
  /** Test-only: slide times run this many times faster (1 in the product). */
  timeScale: number;
  idleResumeMs: number;
  idleRestart: boolean;
  hideCursorAfterMs: number;
  /** Slide id to start on (after a crash or a daily reload). */
  startSlide?: string;
  /** Old spellings found in the URL, each with what to write instead. */
  deprecated: string[];
}

/** Old URL names that still work, → the one name now. */
const RENAMED = { hideCursor: 'hideCursorAfter' } as const;

export function readKioskView(params: URLSearchParams, test: { timeScale?: unknown } = {}): KioskView {
  const deprecated: string[] = [];
  const get = (name: string): string | null => {
    const value = params.get(name);
    if (value !== null) return value;
    const old = Object.entries(RENAMED).find(([, now]) => now === name)?.[0];
    const oldValue = old === undefined ? null : params.get(old);
    if (oldValue !== null) deprecated.push(`URL parameter ${old} is deprecated: use ${name}`);
    return oldValue;
  };
  const ms = (name: string, fallback: number) => {
    const raw = get(name);
    if (raw === null) return fallback;
    // Bare numbers here are milliseconds (machine-written); "30s" style is accepted too.
    const n = /^\d+$/.test(raw) ? Number(raw) : parseDuration(raw);
    return n === undefined ? fallback : n;
  };
  const view: KioskView = {
    speed: clampSpeed(Number(params.get('speed') ?? KIOSK_DEFAULTS.speed)),
    timeScale: clampTimeScale(test.timeScale),
    idleResumeMs: ms('idleResume', KIOSK_DEFAULTS.idleResumeMs),
    idleRestart: params.get('idleRestart') === '1',
    hideCursorAfterMs: ms('hideCursorAfter', KIOSK_DEFAULTS.hideCursorAfterMs),
    deprecated,
  };
  const slide = params.get('slide');
  if (slide !== null) view.startSlide = slide;
  return view;
}

export function kioskQuery(s: KioskSettings, startSlide?: string): Record<string, string> {
  const q: Record<string, string> = {
    speed: String(s.speed),
    idleResume: String(s.idleResumeMs),
    hideCursorAfter: String(s.hideCursorAfterMs),
  };
  if (s.idleRestart) q.idleRestart = '1';
  if (startSlide) q.slide = startSlide;
  return q;
}
