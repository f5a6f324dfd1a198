/**
 * Composition root of the main process: parse options, register app://, open the windows of the
 * chosen mode (briefing, present, kiosk), answer the IPC contract. Logic lives in the small modules
 * it wires together.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { app, dialog, ipcMain, Menu, powerSaveBlocker, screen, session } from 'electron';
import type { ReleaseState } from '../src/ipc/contract';
import { DEFAULT_RELEASE_FILE } from '../src/release/defaults';
import { formatProblem } from '../src/release/problems';
import { readRelease } from '../src/node/read-release';
import { registerNavRelay } from './briefing/relay';
import { createBriefingWindows } from './briefing/windows';
import { appPdfExporter } from './export';
import { registerReleaseGet } from './ipc/release';
import { runKiosk } from './kiosk/run';
import { installAppMenu } from './menu';
import { parseAppOptions, type AppOptions } from './options';
import { isTrustedOrigin } from './paths';
import { APP_SCHEME, handleAppScheme, registerAppScheme } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { createDeckWindow } from './window';

const parsed = parseAppOptions(process.argv.slice(app.isPackaged ? 1 : 2));
if (!parsed.ok) {
  process.stderr.write(`pressdeck: ${parsed.error}\nUsage: npm start -- [--kiosk | --present] [--display N] [release.yaml]\n`);
  app.exit(2);
}
const options: AppOptions = parsed.ok ? parsed.options : { mode: 'deck' };
const releasePath = resolve(options.release ?? join(app.getAppPath(), 'slides', DEFAULT_RELEASE_FILE));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const warn = (message: string) => process.stderr.write(`pressdeck: ${message}\n`);
for (const message of options.deprecated ?? []) warn(message);
const isAppUrl = (url: string) => isTrustedOrigin(url, devServerUrl);

// One kiosk per machine: a second start (a double-clicked icon, a login item) focuses the first.
if (options.mode === 'kiosk' && !app.requestSingleInstanceLock()) app.exit(0);

registerAppScheme();

/** The problems last printed: an invalid release is re-read every second until it is fixed (src/app/retry.ts). */
let printedProblems = '';

async function currentRelease(): Promise<ReleaseState> {
  const result = await readRelease(releasePath, basename(releasePath));
  const problems = result.ok ? '' : result.problems.map(formatProblem).join('\n');
  if (problems && problems !== printedProblems) process.stderr.write(`${problems}\n`);
  printedProblems = problems;
  if (!result.ok) return { ok: false, file: basename(releasePath), problems: result.problems };
  return { ok: true, file: basename(releasePath), release: result.release };
}

function pageUrl(query: string): string {
  return devServerUrl ? `${devServerUrl}?${query}` : `${APP_SCHEME}://renderer/index.html?${query}`;
}

function rendererUrl(extra: Record<string, string> = {}): string {
  const a11y = 'a11y' in options ? options.a11y : {};
  return pageUrl(new URLSearchParams({ mode: options.mode, ...a11y, ...(options.auto ? { auto: '1' } : {}), ...extra }).toString());
}

app.whenReady().then(async () => {
  Menu.setApplicationMenu(null);
  lockDownSession(session.defaultSession);
  handleAppScheme({ renderer: join(__dirname, '../renderer'), release: () => dirname(releasePath) });
  registerReleaseGet(ipcMain, currentRelease, (event) => isAppUrl(event.senderFrame?.url ?? ''));

  const preload = join(__dirname, '../preload/index.cjs');
  const exporterFor = (window: Electron.BrowserWindow) =>
    appPdfExporter({ window: () => (window.isDestroyed() ? undefined : window), preload, rendererUrl: pageUrl, currentRelease });

  if (options.mode === 'kiosk') {
    await runKiosk({
      app, screen, powerSaveBlocker, ipcMain, releasePath, configPath: options.config, flags: options.kiosk,
      createWindow: (bounds) => {
        const w = createDeckWindow({ preload, title: 'PressDeck', kiosk: bounds });
        lockDownContents(w.webContents, isAppUrl);
        return w;
      },
      rendererUrl, currentRelease, fallbackFile: join(app.getAppPath(), 'resources', 'kiosk-fallback.html'),
      isTrusted: (event) => isAppUrl(event.senderFrame?.url ?? ''),
    });
    return;
  }

  if (options.present) {
    // Briefing: audience and presenter windows kept in step through main (electron/briefing/).
    const { audience, presenter } = createBriefingWindows({ preload, display: options.display, warn });
    const windows = [audience, presenter];
    registerNavRelay(ipcMain, {
      targets: () => windows.filter((w) => !w.isDestroyed()).map((w) => w.webContents),
      isTrusted: (event) => windows.some((w) => w.webContents === event.sender) && isAppUrl(event.senderFrame?.url ?? ''),
      toggleFullscreen: () => audience.setFullScreen(!audience.isFullScreen()),
      warn,
    });
    const exportPdf = exporterFor(presenter);
    installAppMenu({ exportPdf: () => void exportPdf() });
    // Closing either window ends the briefing.
    for (const w of windows) w.on('closed', () => app.quit());
    await Promise.all([audience.loadURL(rendererUrl({ mode: 'audience' })), presenter.loadURL(rendererUrl({ mode: 'presenter' }))]);
    return;
  }

  const win = createDeckWindow({ preload, title: 'PressDeck' });
  const exportPdf = exporterFor(win);
  installAppMenu({ exportPdf: () => void exportPdf() });
  lockDownContents(win.webContents, isAppUrl);
  await win.loadURL(rendererUrl());
}).catch((error: unknown) => {
  dialog.showErrorBox('PressDeck could not start', (error as Error).stack ?? String(error));
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
app.on('web-contents-created', (_event, contents) => lockDownContents(contents, isAppUrl));
