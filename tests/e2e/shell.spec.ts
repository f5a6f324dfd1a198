/**
 * What the Electron shell relies on, checked in Chromium on the built renderer:
 * - the page runs index.html's own Content-Security-Policy, with the release served from an origin
 *   of its own (as app://release is in the app), so a policy that blocks release images fails here;
 * - a print layout (both PDF exports) uses exactly the settings in its URL, not the choices stored in
 *   the window's profile or the OS's contrast preference.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cspOf, withReleaseOrigin } from '../../src/node/csp';

const releaseOrigin = (baseURL: string | undefined) => `http://localhost:${new URL(baseURL!).port}`;

test('the renderer runs index.html’s policy, the release origin substituted and nothing else', async ({ page, baseURL }) => {
  const served = await (await page.request.get('index.html')).text();
  const shipped = withReleaseOrigin(readFileSync('src/index.html', 'utf8'), releaseOrigin(baseURL));
  expect(cspOf(served)).toBe(cspOf(shipped));
});

test('release images come from the release’s own origin and show', async ({ page, baseURL }) => {
  const images: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'image' && r.status() === 200) images.push(r.url());
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('index.html?release=/fixtures/hostile/accepted-with-images.release.yaml');
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');
  const photo = page.locator('.reveal section[data-slide-kind="ceremony"] img');
  await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
  expect(images).toContain(`${releaseOrigin(baseURL)}/fixtures/hostile/images/photo.png`);
  expect(violations).toEqual([]);
});

test('a print layout ignores the choices stored in the profile and the OS’s contrast', async ({ page }) => {
  await page.goto('index.html');
  await page.evaluate(() => localStorage.setItem('pressdeck.a11y', JSON.stringify({ font: 'xlarge', contrast: 'high', motion: 'reduced' })));
  await page.emulateMedia({ contrast: 'more' });
  // A deck window of the same profile takes them up…
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'xlarge');
  // …the print layout does not, unless its URL says so.
  await page.goto('index.html?mode=print');
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('data-font', 'standard');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'standard');
  await page.goto('index.html?mode=print&font=large');
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('data-font', 'large');
});

test('npm run dev: the development server’s page runs under the policy with no violation', async ({ page }) => {
  test.setTimeout(120_000);
  // The renderer half of `electron-vite dev`, on a free port (the app half needs Electron).
  const { createServer } = await import('vite');
  const { default: config } = await import('../../electron.vite.config');
  const renderer = (config as { renderer: Record<string, unknown> }).renderer;
  const server = await createServer({ ...renderer, configFile: false, logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  try {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(server.resolvedUrls!.local[0]!);
    await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 90_000 });
    // Vite's injected styles are there and apply: the title is set in display type, not the
    // browser's default 2em.
    expect(await page.locator('style[nonce]').count()).toBeGreaterThan(0);
    const title = page.locator('.reveal section.present h1');
    expect(await title.evaluate((h) => parseFloat(getComputedStyle(h).fontSize))).toBeGreaterThan(64);
    expect(violations).toEqual([]);
  } finally {
    await server.close();
  }
});

test('pressdeck export starts Chromium without its sandbox only as root, and says so', async ({}, testInfo) => {
  test.setTimeout(120_000);
  const { spawnSync } = await import('node:child_process');
  const { NO_SANDBOX_NOTICE } = await import('../../src/node/chromium');
  const out = testInfo.outputPath('deck.pdf');
  const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', '--release', 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml', '--out', out], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const root = process.getuid?.() === 0;
  expect(r.stderr.includes(`pressdeck export: ${NO_SANDBOX_NOTICE}`)).toBe(root);
});
