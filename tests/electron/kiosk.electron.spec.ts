/**
 * Kiosk mode in real Electron (Playwright `_electron`): the window is a kiosk, the display is kept
 * awake, and a renderer crash reloads the deck on the same slide. Needs the Electron binary, which
 * is fetched on first use: where it is absent (offline CI, this sandbox) the tests skip and say why.
 * Run `npm run build` first; the app folder is launched as `npm start` launches it.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { APP_DIR, electronMissing } from '../support/electron';

const missing = electronMissing();
test.skip(missing !== undefined, `Electron-level kiosk tests skipped: ${missing}. Point ELECTRON_OVERRIDE_DIST_PATH at an Electron 45 folder to run them.`);

let app: ElectronApplication;

test.beforeEach(async () => {
  app = await electron.launch({
    args: [APP_DIR, '--kiosk', '--speed', '10', '--idle-resume', '60s'],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
});

test.afterEach(async () => {
  // The kiosk refuses ordinary quits by design; end the process, and wait until it has gone: the
  // next test's kiosk would otherwise meet this one's single-instance lock and exit.
  const child = app.process();
  const gone = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', done));
  child.kill();
  await gone;
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
