/**
 * Kiosk mode in real Electron (Playwright `_electron`): the window is a kiosk, the display is kept
 * awake, and a renderer crash reloads the deck on the same slide. Needs the Electron binary, which
 * is fetched on first use: where it is absent (offline CI, this sandbox) the tests skip and say why.
 * Run `npx electron-vite build` first.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const hasBinary = existsSync(join(electronDir, 'path.txt')) || Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH);

test.skip(!hasBinary, 'Electron binary absent (node_modules/electron/path.txt missing, ELECTRON_OVERRIDE_DIST_PATH unset): Electron-level kiosk tests skipped');

let app: ElectronApplication;

test.beforeEach(async () => {
  app = await electron.launch({
    args: ['out/main/index.js', '--kiosk', '--speed', '10', '--idle-resume', '60s'],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
});

test.afterEach(async () => {
  // The kiosk refuses ordinary quits by design; end the process.
  app.process().kill();
});

test('the window is a kiosk on a display and the display is kept awake', async () => {
  const page = await app.firstWindow();
  await expect(page.locator('.reveal section.present')).toBeVisible();
  const state = await app.evaluate(({ BrowserWindow, powerSaveBlocker }) => {
    const win = BrowserWindow.getAllWindows()[0]!;
    // Blocker ids start at 0 and the kiosk starts exactly one.
    return { kiosk: win.isKiosk(), devTools: win.webContents.isDevToolsOpened(), blocking: powerSaveBlocker.isStarted(0) };
  });
  expect(state).toEqual({ kiosk: true, devTools: false, blocking: true });
  await expect(page.getByRole('button', { name: 'Pause slideshow' })).toBeVisible();
});

test('a renderer crash reloads the deck on the same slide', async () => {
  const page = await app.firstWindow();
  await page.getByRole('button', { name: 'Pause slideshow' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const before = await page.locator('.reveal section.present').getAttribute('data-slide-id');
  expect(before).not.toBe('title');
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
  const reloaded = await app.firstWindow();
  await expect(reloaded.locator('.reveal section.present')).toHaveAttribute('data-slide-id', before!, { timeout: 3_000 });
});
