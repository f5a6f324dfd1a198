/**
 * Composition root of the main process: parse options, register app://, open the deck window,
 * answer the IPC contract. Logic lives in the small modules it wires together.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { ReleaseState } from '../src/ipc/contract';
import { DEFAULT_RELEASE_FILE } from '../src/release/defaults';
import { formatProblem } from '../src/release/problems';
import { readRelease } from '../src/node/read-release';
import { registerReleaseGet } from './ipc/release';
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

registerAppScheme();

async function currentRelease(): Promise<ReleaseState> {
  const result = await readRelease(releasePath, basename(releasePath));
  if (!result.ok) {
    process.stderr.write(`${result.problems.map(formatProblem).join('\n')}\n`);
    return { ok: false, file: basename(releasePath), problems: result.problems };
  }
  return { ok: true, file: basename(releasePath), release: result.release };
}

function rendererUrl(): string {
  const query = new URLSearchParams({ mode: options.mode, ...('a11y' in options ? options.a11y : {}) }).toString();
  return devServerUrl ? `${devServerUrl}?${query}` : `${APP_SCHEME}://renderer/index.html?${query}`;
}

app.whenReady().then(async () => {
  Menu.setApplicationMenu(null);
  lockDownSession(session.defaultSession);
  handleAppScheme({ renderer: join(__dirname, '../renderer'), release: () => dirname(releasePath) });
  registerReleaseGet(ipcMain, currentRelease, (event) => isTrustedOrigin(event.senderFrame?.url, devServerUrl));

  const win = createDeckWindow({ preload: join(__dirname, '../preload/index.cjs'), title: 'PressDeck' });
  lockDownContents(win.webContents, (url) => isTrustedOrigin(url, devServerUrl));
  await win.loadURL(rendererUrl());
}).catch((error: unknown) => {
  dialog.showErrorBox('PressDeck could not start', (error as Error).stack ?? String(error));
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
app.on('web-contents-created', (_event, contents) => lockDownContents(contents, (url) => isTrustedOrigin(url, devServerUrl)));
void BrowserWindow;
