/**
 * Kiosk mode, wired: settings, display, window, keep-awake, key guard, crash recovery, release
 * watching, daily reload, log. Each piece is its own module; this only connects them to Electron.
 */
import { join } from 'node:path';
import type { App, BrowserWindow, IpcMain, IpcMainEvent, PowerSaveBlocker, Screen } from 'electron';
import type { ReleaseState } from '../../src/ipc/contract';
import { ExitGuard, parseChord } from '../../src/kiosk/chord';
import { msUntilNext, parseClock } from '../../src/kiosk/duration';
import { kioskQuery } from '../../src/kiosk/query';
import { KIOSK_DEFAULTS, resolveKioskSettings, type KioskConfig } from '../../src/kiosk/settings-schema';
import { describeKioskProblem } from '../../src/kiosk/problem';
import { registerProblemReports } from '../ipc/kiosk-problem';
import { registerSlideReports } from '../ipc/kiosk-slide';
import { loadKioskSettings } from '../../src/node/kiosk-settings';
import { chooseDisplay } from './display';
import { createKioskLog } from './log';
import { superviseRenderer } from './recovery';
import { watchFile } from './watch';

export interface KioskDeps {
  app: App;
  screen: Screen;
  powerSaveBlocker: PowerSaveBlocker;
  ipcMain: IpcMain;
  releasePath: string;
  configPath?: string;
  flags?: KioskConfig;
  createWindow(bounds: { x: number; y: number; width: number; height: number }): BrowserWindow;
  /** The renderer URL with these query parameters added to mode=kiosk. */
  rendererUrl(query: Record<string, string>): string;
  currentRelease(): Promise<ReleaseState>;
  isTrusted(event: IpcMainEvent): boolean;
  fallbackFile: string;
}

export async function runKiosk(d: KioskDeps): Promise<void> {
  const loaded = await loadKioskSettings(d.releasePath, d.configPath, d.flags);
  // A broken settings file must not leave the booth dark: run on defaults and flags, and say so.
  const settings = loaded.ok ? loaded.settings : resolveKioskSettings(d.flags ?? {});
  const log = createKioskLog({
    dir: join(d.app.getPath('userData'), 'logs'),
    maxBytes: settings.log.maxBytes,
    files: settings.log.files,
    echo: (line) => process.stderr.write(line),
  });
  log.info('start', { release: d.releasePath, settings: loaded.ok ? loaded.from ?? 'defaults' : 'defaults (config invalid)', pid: process.pid });
  if (!loaded.ok) for (const e of loaded.errors) log.error('config', { problem: e });

  const choice = chooseDisplay(d.screen.getAllDisplays(), d.screen.getPrimaryDisplay(), settings.display);
  if (choice.warning) log.error('display', { problem: choice.warning });
  log.info('display', { id: choice.display.id, label: choice.display.label, reason: choice.reason });

  const blocker = d.powerSaveBlocker.start('prevent-display-sleep');
  let lastSlide: string | undefined;
  let leaving = false;
  const url = () => d.rendererUrl(kioskQuery(settings, lastSlide));

  registerSlideReports(d.ipcMain, (id) => (lastSlide = id), d.isTrusted);
  registerProblemReports(d.ipcMain, (p) => log.error(p.kind, { problem: describeKioskProblem(p) }), d.isTrusted);

  const leave = (reason: string) => {
    if (leaving) return;
    leaving = true;
    log.info('stop', { reason });
    d.powerSaveBlocker.stop(blocker);
    d.app.exit(0);
  };

  const chord = parseChord(settings.exitChord) ?? parseChord(KIOSK_DEFAULTS.exitChord)!;
  let win: BrowserWindow;
  // One guard for the whole run, so a daily reload's fresh window does not forget wrong PINs.
  const guard = new ExitGuard({
    chord,
    pin: settings.exitPin,
    now: Date.now,
    onWrongPin: ({ tries, lockedForMs }) => log.error('exit-pin-wrong', { tries, chordLockedForSeconds: lockedForMs / 1000 }),
    onLockedOut: (remainingMs) => log.info('exit-chord-locked', { secondsLeft: Math.ceil(remainingMs / 1000) }),
  });

  /** Everything a kiosk window needs; used again for the window a daily reload swaps in. */
  const attach = (w: BrowserWindow) => {
    w.webContents.on('before-input-event', (event, input) => {
      const action = guard.handle(input);
      if (action === 'exit') leave('exit chord');
      else if (action === 'block') event.preventDefault();
    });
    // Alt+F4, Cmd+W, the window manager: only the chord closes the kiosk.
    w.on('close', (event) => {
      if (!leaving && w === win) event.preventDefault();
    });
    w.webContents.on('zoom-changed', () => w.webContents.setZoomFactor(1));
    void w.webContents.setVisualZoomLevelLimits(1, 1);
    superviseRenderer(w, {
      log,
      unresponsiveMs: settings.unresponsiveAfterMs,
      reload: () => void w.loadURL(url()),
      showFallback: () => void w.loadFile(d.fallbackFile),
      quitting: () => leaving || w !== win,
    });
  };

  win = d.createWindow(choice.display.bounds);
  attach(win);
  d.app.on('before-quit', (event) => {
    if (!leaving) event.preventDefault();
  });
  d.app.on('second-instance', () => {
    log.info('second-instance', { action: 'focused the running kiosk' });
    win.focus();
  });

  const stopWatching = watchFile(
    d.releasePath,
    () => {
      void d.currentRelease().then((state) => {
        if (state.ok) log.info('release-changed', { file: state.file });
        else log.error('release-invalid', { file: state.file, problems: state.problems.length, first: state.problems[0]?.message });
        if (!win.isDestroyed()) win.webContents.send('release:changed', state);
      });
    },
    { onProblem: (message) => log.info('release-watch', { file: d.releasePath, message }) },
  );
  d.app.on('will-quit', () => stopWatching());

  const daily = settings.dailyReload ? parseClock(settings.dailyReload) : undefined;
  if (daily) {
    const schedule = () =>
      setTimeout(() => {
        swapWindow();
        schedule();
      }, msUntilNext(daily, new Date()));
    schedule();
  }

  /** A fresh renderer without a blank: load it hidden, show it over the old one, then close the old. */
  function swapWindow() {
    log.info('reload', { after: 'daily schedule' });
    const old = win;
    const fresh = d.createWindow(choice.display.bounds);
    fresh.once('ready-to-show', () => {
      win = fresh;
      attach(fresh);
      fresh.show();
      setTimeout(() => old.destroy(), 1000);
    });
    void fresh.loadURL(url());
  }

  await win.loadURL(url());
}
