/**
 * Composition root of the main process: parse options, register app://, open the deck window,
 * answer the IPC contract. Logic lives in the small modules it wires together.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, screen, session } from 'electron';
import type { ReleaseState } from '../src/ipc/contract';
import { DEFAULT_RELEASE_FILE } from '../src/release/defaults';
import { formatProblem } from '../src/release/problems';
import { readRelease } from '../src/node/read-release';
import { registerReleaseGet } from './ipc/release';
import { runKiosk } from './kiosk/run';
import { parseAppOptions } from './options';
import { isTrustedOrigin } from './paths';
import { APP_SCHEME, handleAppScheme, registerAppScheme } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { createDeckWindow } from './window';

const parsed = parseAppOptions(process.argv.slice(app.isPackaged ? 1 : 2));
if (!parsed.ok) {
  process.stderr.write(`pressdeck: ${parsed.error}\nUsage: npm start -- [--kiosk] [release.yaml]\n`);
  app.exit(2);
}
const options = parsed.ok ? parsed.options : { mode: 'briefing' as const };
const releasePath = resolve(options.release ?? join(app.getAppPath(), 'slides', DEFAULT_RELEASE_FILE));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// One kiosk per machine: a second start (a double-clicked icon, a login item) focuses the first.
if (options.mode === 'kiosk' && !app.requestSingleInstanceLock()) app.exit(0);

registerAppScheme();

async function currentRelease(): Promise<ReleaseState> {
  const result = await readRelease(releasePath, basename(releasePath));
  if (!result.ok) {
    process.stderr.write(`${result.problems.map(formatProblem).join('\n')}\n`);
    return { ok: false, file: basename(releasePath), problems: result.problems };
  }
  return { ok: true, file: basename(releasePath), release: result.release };
}

function rendererUrl(extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ mode: options.mode, ...extra }).toString();
  return devServerUrl ? `${devServerUrl}?${query}` : `${APP_SCHEME}://renderer/index.html?${query}`;
}

app.whenReady().then(async () => {
  Menu.setApplicationMenu(null);
  lockDownSession(session.defaultSession);
  handleAppScheme({ renderer: join(__dirname, '../renderer'), release: () => dirname(releasePath) });
  registerReleaseGet(ipcMain, currentRelease, (event) => isTrustedOrigin(event.senderFrame?.url, devServerUrl));

  const preload = join(__dirname, '../preload/index.cjs');
  if (options.mode === 'kiosk') {
    await runKiosk({
      app, screen, powerSaveBlocker, ipcMain, releasePath, configPath: options.config, flags: options.kiosk,
      createWindow: (bounds) => {
        const w = createDeckWindow({ preload, title: 'PressDeck', kiosk: bounds });
        lockDownContents(w.webContents, (url) => isTrustedOrigin(url, devServerUrl));
        return w;
      },
      rendererUrl, currentRelease, fallbackFile: join(app.getAppPath(), 'resources', 'kiosk-fallback.html'),
      isTrusted: (event) => isTrustedOrigin(event.senderFrame?.url, devServerUrl),
    });
    return;
  }
  const win = createDeckWindow({ preload, title: 'PressDeck' });
  lockDownContents(win.webContents, (url) => isTrustedOrigin(url, devServerUrl));
  await win.loadURL(rendererUrl());
}).catch((error: unknown) => {
  dialog.showErrorBox('PressDeck could not start', (error as Error).stack ?? String(error));
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
app.on('web-contents-created', (_event, contents) => lockDownContents(contents, (url) => isTrustedOrigin(url, devServerUrl)));
void BrowserWindow;
