/**
 * Briefing mode in Electron itself: `--present` opens an audience window and a presenter window,
 * each on its display (side by side on one), kept in step through the main process; main refuses
 * malformed messages.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { APP_DIR, electronMissing } from '../support/electron';

const missing = electronMissing();
if (missing) process.stderr.write(`tests/electron: skipped, ${missing}\n`);
test.skip(missing !== undefined, `Electron-level tests skipped: ${missing}. Point ELECTRON_OVERRIDE_DIST_PATH at an Electron 45 folder to run them.`);

let app: ElectronApplication;
let audience: Page;
let presenter: Page;

test.beforeAll(async () => {
  app = await electron.launch({ args: [APP_DIR, '--present'] });
  const windows = new Set(app.windows());
  while (windows.size < 2) windows.add(await app.waitForEvent('window'));
  for (const page of windows) {
    await page.waitForLoadState('domcontentloaded');
    if (page.url().includes('mode=presenter')) presenter = page;
    else audience = page;
  }
  expect(audience.url()).toContain('mode=audience');
  await expect(audience.locator('.reveal section.present')).toBeVisible();
  await expect(presenter.getByTestId('current-title')).not.toBeEmpty();
});

test.afterAll(async () => {
  await app?.close();
});

test('each window is on its own display, or side by side on one', async () => {
  const layout = await app.evaluate(({ BrowserWindow, screen }) => {
    const wins = BrowserWindow.getAllWindows().map((w) => ({
      title: w.getTitle(),
      bounds: w.getBounds(),
      fullScreen: w.isFullScreen(),
      display: screen.getDisplayMatching(w.getBounds()).id,
    }));
    return { wins, displays: screen.getAllDisplays().length };
  });
  const a = layout.wins.find((w) => w.title.includes('audience'))!;
  const p = layout.wins.find((w) => w.title.includes('presenter'))!;
  if (layout.displays > 1) {
    expect(a.display).not.toBe(p.display);
  } else {
    expect(a.display).toBe(p.display);
    expect(a.fullScreen).toBe(false);
    expect(a.bounds.x + a.bounds.width).toBeLessThanOrEqual(p.bounds.x);
  }
});

test('the windows stay in step through the main process, whichever gets the key', async () => {
  const ids = await audience.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slideId!));
  await presenter.keyboard.press('ArrowRight');
  await expect(audience.locator('.reveal section.present')).toHaveAttribute('data-slide-id', ids[1]!);
  await audience.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('slide-number')).toHaveText('3');
  await presenter.keyboard.press('b');
  await expect(audience.locator('[data-blackout]')).toHaveAttribute('data-blackout', 'black');
  await presenter.keyboard.press('b');
  await expect(audience.locator('[data-blackout]')).toHaveCount(0);
});

test('main passes on only well-formed messages', async () => {
  await presenter.keyboard.press('Home');
  await expect(audience.locator('.reveal section.present')).toHaveAttribute('data-slide-id', 'title');
  await audience.evaluate(() => {
    const api = (window as unknown as { pressdeck: { sendNav(m: unknown): void } }).pressdeck;
    api.sendNav({ kind: 'state', source: 'x', seq: 99, index: 4, blackout: 'none', overview: false, extra: '<script>' });
    api.sendNav({ kind: 'state', source: 'x', seq: 100, index: -1, blackout: 'none', overview: false });
  });
  await presenter.waitForTimeout(300); // nothing should arrive; give a wrong relay the chance to show
  await expect(presenter.getByTestId('slide-number')).toHaveText('1');
});
