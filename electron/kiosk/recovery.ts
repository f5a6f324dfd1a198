/**
 * Keeps the deck on screen when the renderer dies or hangs: a crash (`render-process-gone`) reloads
 * the deck on the slide it was showing; a hang (`unresponsive` for longer than the limit) is ended
 * by crashing the renderer on purpose, which then reloads the same way. Repeated crashes back off
 * (backoff.ts) and show a static fallback slide instead of flickering.
 * Electron is reached only through the small interfaces below, so fakes drive it in unit tests.
 */
import { CrashHistory } from './backoff';
import type { KioskLog } from './log';

interface Emitter {
  // Electron's emitters type each event's arguments; this module only needs "something with on()".
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: string, listener: (...args: any[]) => void): unknown;
}

export interface SupervisedWindow extends Emitter {
  webContents: Emitter & { forcefullyCrashRenderer(): void };
}

export interface SupervisorOptions {
  log: Pick<KioskLog, 'info' | 'error'>;
  unresponsiveMs: number;
  /** Load the deck again, on the last reported slide. */
  reload(): void;
  showFallback(): void;
  history?: CrashHistory;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** True while the app is shutting down: a renderer ending then is no crash. */
  quitting?: () => boolean;
}

export function superviseRenderer(win: SupervisedWindow, o: SupervisorOptions): void {
  const history = o.history ?? new CrashHistory();
  const now = o.now ?? Date.now;
  const setTimer = o.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = o.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let hangTimer: unknown;
  let pendingReload: unknown;

  win.webContents.on('render-process-gone', (_event: unknown, details: { reason?: string; exitCode?: number }) => {
    if (o.quitting?.()) return;
    clearTimer(hangTimer);
    const decision = history.record(now());
    o.log.error('crash', { reason: details?.reason, exitCode: details?.exitCode, crashesInWindow: decision.crashesInWindow, reloadAfterMs: decision.reloadAfterMs });
    if (decision.fallback) {
      o.log.info('fallback', { until: 'next reload' });
      o.showFallback();
    }
    clearTimer(pendingReload);
    pendingReload = setTimer(() => {
      o.log.info('reload', { after: 'crash' });
      o.reload();
    }, decision.reloadAfterMs);
  });

  win.on('unresponsive', () => {
    clearTimer(hangTimer);
    hangTimer = setTimer(() => {
      o.log.error('hang', { unresponsiveMs: o.unresponsiveMs });
      win.webContents.forcefullyCrashRenderer();
    }, o.unresponsiveMs);
  });
  win.on('responsive', () => clearTimer(hangTimer));
}
