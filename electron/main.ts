/**
 * Composition root of the main process: parse options, register app://, open the windows of the
 * chosen mode (briefing, present, kiosk), answer the IPC contract. Logic lives in the small modules
 * it wires together.
 */
import { basename, dirname, resolve } from 'node:path';
import { app, dialog, ipcMain, Menu, powerSaveBlocker, screen, session } from 'electron';
import type { ReleaseState } from '../src/ipc/contract';
import type { ExportFormat } from '../src/node/export/options';
import { appFiles, bundleFiles } from '../src/node/app-files';
import { readReleaseOrReport } from '../src/node/read-release';
import { chooseTheme, readTheme } from '../src/node/read-theme';
import { formatProblems } from '../src/release/problems';
import { releaseServables } from '../src/node/serving';
import { APP_USAGE, appArgsFromArgv, parseAppOptions, type AppOptions } from '../src/options/app-options';
import { registerNavRelay } from './briefing/relay';
import { createBriefingWindows } from './briefing/windows';
import { appExporter } from './export';
import { registerReleaseGet } from './ipc/release';
import { runKiosk } from './kiosk/run';
import { installAppMenu } from './menu';
import { isTrustedOrigin } from './origins';
import { APP_SCHEME, handleAppScheme, registerAppScheme } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { createDeckWindow } from './window';

// app.exit() ends the process without unwinding this script: nothing after it may start anything,
// so each outcome is its own branch.
const parsed = parseAppOptions(appArgsFromArgv(process.argv, app.isPackaged), { packaged: app.isPackaged });
if (!parsed.ok) {
  process.stderr.write(`pressdeck: ${parsed.error}\n${APP_USAGE}\n`);
  app.exit(2);
} else if (parsed.options.mode === 'kiosk' && !app.requestSingleInstanceLock()) {
  // One kiosk per machine: a second start (a double-clicked icon, a login item) focuses the first.
  app.exit(0);
} else {
  start(parsed.options);
}

function start(options: AppOptions): void {
  const files = appFiles(app.getAppPath());
  const bundle = bundleFiles(__dirname);
  const releasePath = resolve(options.release ?? files.defaultRelease);
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const warn = (message: string) => process.stderr.write(`pressdeck: ${message}\n`);
  for (const message of options.deprecated ?? []) warn(message);
  const isAppUrl = (url: string) => isTrustedOrigin(url, devServerUrl);
  const isTrusted = (event: { senderFrame: { url: string } | null }) => isAppUrl(event.senderFrame?.url ?? '');
  // What app://release/ may serve: the images of the last release that read without problems
  // (an invalid edit keeps the last good deck on screen, and its images with it).
  let servables: ReadonlySet<string> = new Set();

  registerAppScheme();

  /** The problems last printed: an invalid release is re-read every second until it is fixed (src/app/retry.ts). */
  let printedProblems = '';

  async function currentRelease(): Promise<ReleaseState> {
    const file = basename(releasePath);
    // Print each set of problems once, not on every retry.
    const result = await readReleaseOrReport(releasePath, {
      displayName: file,
      write: (text) => {
        if (text !== printedProblems) process.stderr.write(text);
        printedProblems = text;
      },
    });
    if (!result.ok) return { ok: false, file, problems: result.problems };
    // The theme is part of the state: a broken theme edit keeps the last good look, as a broken
    // release edit keeps the last good deck (the renderer shows the problems in its badge).
    const theme = await readTheme(await chooseTheme({ theme: options.theme, config: options.config, releasePath, release: result.release }));
    themeFileListener?.(theme.ok ? theme.path : lastThemePath);
    if (theme.ok) lastThemePath = theme.path;
    if (!theme.ok) {
      const text = formatProblems(theme.problems);
      if (text !== printedProblems) process.stderr.write(text);
      printedProblems = text;
      return { ok: false, file: theme.file, problems: theme.problems };
    }
    printedProblems = '';
    servables = releaseServables(result.release);
    return { ok: true, file, release: result.release, theme: theme.theme };
  }
  let themeFileListener: ((path: string | undefined) => void) | undefined;
  let lastThemePath: string | undefined;

  function pageUrl(query: string): string {
    return devServerUrl ? `${devServerUrl}?${query}` : `${APP_SCHEME}://renderer/index.html?${query}`;
  }

  function rendererUrl(extra: Record<string, string> = {}): string {
    return pageUrl(new URLSearchParams({ mode: options.mode, ...options.a11y, ...(options.auto ? { auto: '1' } : {}), ...extra }).toString());
  }

  app.whenReady().then(async () => {
    Menu.setApplicationMenu(null);
    lockDownSession(session.defaultSession, isAppUrl);
    handleAppScheme({ renderer: bundle.renderer, release: () => ({ dir: dirname(releasePath), servables }) });
    registerReleaseGet(ipcMain, currentRelease, isTrusted);

    const exporterFor = (window: Electron.BrowserWindow) => {
      const exportAs = appExporter({
        window: () => (window.isDestroyed() ? undefined : window),
        preload: bundle.preload, rendererUrl: pageUrl, currentRelease, releasePath, playerDir: bundle.player,
      });
      return { exportAs: (format: ExportFormat) => void exportAs({ format }) };
    };

    if (options.mode === 'kiosk') {
      await runKiosk({
        app, screen, powerSaveBlocker, ipcMain, releasePath, configPath: options.config, flags: options.kiosk,
        createWindow: (bounds) => {
          const w = createDeckWindow({ preload: bundle.preload, title: 'PressDeck', kiosk: bounds });
          lockDownContents(w.webContents, isAppUrl);
          return w;
        },
        rendererUrl, currentRelease, fallbackFile: files.kioskFallback, isTrusted,
        onThemeFile: (listener) => (themeFileListener = listener),
      });
      return;
    }

    if (options.present) {
      // Briefing: audience and presenter windows kept in step through main (electron/briefing/).
      const { audience, presenter } = createBriefingWindows({ preload: bundle.preload, display: options.display, warn });
      const windows = [audience, presenter];
      registerNavRelay(ipcMain, {
        targets: () => windows.filter((w) => !w.isDestroyed()).map((w) => w.webContents),
        isTrusted: (event) => windows.some((w) => w.webContents === event.sender) && isTrusted(event),
        toggleFullscreen: () => audience.setFullScreen(!audience.isFullScreen()),
        warn,
      });
      installAppMenu(exporterFor(presenter));
      // Closing either window ends the briefing.
      for (const w of windows) w.on('closed', () => app.quit());
      await Promise.all([audience.loadURL(rendererUrl({ mode: 'audience' })), presenter.loadURL(rendererUrl({ mode: 'presenter' }))]);
      return;
    }

    const win = createDeckWindow({ preload: bundle.preload, title: 'PressDeck' });
    installAppMenu(exporterFor(win));
    lockDownContents(win.webContents, isAppUrl);
    await win.loadURL(rendererUrl());
  }).catch((error: unknown) => {
    dialog.showErrorBox('PressDeck could not start', (error as Error).stack ?? String(error));
    app.exit(1);
  });

  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, isAppUrl));
}
