/**
 * The offline HTML player end to end: exported by the real CLI, opened from file:// in Chromium with
 * every request that is not a file inside the player's folder refused. It loops through every page
 * with the kiosk's times (the test time-scale ×50 from the harness, src/app/test-hooks.ts), pauses on
 * a touch, resumes when idle, shows every sentence of the release, is axe clean, takes the a11y modes
 * and the briefing keys from its URL, and comes as a .zip with the same files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { DEFAULT_RELEASE_FILE } from '../../src/release/defaults';
import { parseRelease } from '../../src/release/parse';

const RELEASE = `slides/${DEFAULT_RELEASE_FILE}`;
const parsed = parseRelease(readFileSync(RELEASE, 'utf8'), DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const release = parsed.release;
const TIME_SCALE = 50;

let dir: string;
let player: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressdeck-player-'));
  player = join(dir, 'player');
  for (const out of [player, join(dir, 'player.zip')]) {
    const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', '--release', RELEASE, '--out', out], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(r.stderr);
  }
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything outside the player's folder is refused and noted: the player must not need it. */
async function offline(context: BrowserContext): Promise<string[]> {
  const refused: string[] = [];
  const inside = pathToFileURL(player).href + '/';
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(inside)) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}

async function open(page: Page, query = ''): Promise<void> {
  await page.addInitScript((scale) => {
    (window as unknown as { __PRESSDECK_TEST__: object }).__PRESSDECK_TEST__ = { timeScale: scale };
  }, TIME_SCALE);
  await page.goto(`${pathToFileURL(join(player, 'index.html')).href}${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 30_000 });
}

const toggle = (page: Page) => page.getByRole('group', { name: 'Slideshow' }).getByRole('button').first();
const present = (page: Page) => page.locator('.reveal .slides > section.present');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

test('from file://, offline: loops through every page with its time and shows every sentence, axe clean', async ({ context, page }) => {
  const refused = await offline(context);
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    const seen: { id: string; at: number }[] = [];
    (window as unknown as { __shown: typeof seen }).__shown = seen;
    document.addEventListener('slidechanged', (e) => {
      const id = (e as Event & { currentSlide?: HTMLElement }).currentSlide?.dataset.slideId;
      if (id) seen.push({ id, at: performance.now() });
    }, true);
  });
  await open(page);
  await expect(toggle(page)).toHaveAccessibleName('Pause slideshow');
  const deck = await page.locator('.reveal .slides > section').evaluateAll((els) =>
    els.map((e) => ({ id: (e as HTMLElement).dataset.slideId!, seconds: Number((e as HTMLElement).dataset.seconds), text: e.textContent ?? '' })),
  );
  // Every sentence of the release is on some page, as text (the release is data, never HTML).
  const all = flat(deck.map((d) => d.text).join(' '));
  const sentences = [release.title, release.lead, ...release.sections.flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.points ?? [])]), ...release.organizations.flatMap((o) => [o.name, o.summary])];
  expect(sentences.map(flat).filter((s) => !inOrder(all, s))).toEqual([]);

  const n = deck.length;
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shown: unknown[] }).__shown.length), { timeout: 60_000 }).toBeGreaterThanOrEqual(n + 1);
  const shown = await page.evaluate(() => (window as unknown as { __shown: { id: string; at: number }[] }).__shown);
  const start = shown.findIndex((s) => s.id === deck[1]!.id);
  const lap = shown.slice(start, start + n);
  expect(lap.map((s) => s.id)).toEqual([...deck.slice(1).map((d) => d.id), deck[0]!.id]);
  for (let i = 0; i < n - 1; i++) {
    const planned = (deck[i + 1]!.seconds * 1000) / TIME_SCALE;
    const actual = lap[i + 1]!.at - lap[i]!.at;
    expect(actual, `${lap[i]!.id}: ${actual.toFixed(0)} ms for ${planned} ms`).toBeGreaterThanOrEqual(planned * 0.95);
    // Late only by timer and render slack (generous: two cores shared by several test runs).
    expect(actual, `${lap[i]!.id}: ${actual.toFixed(0)} ms for ${planned} ms`).toBeLessThan(planned + 3000);
  }
  expect(errors).toEqual([]);
  // Paused, so the page under the check stays put. (axe reads the stylesheet itself, which the
  // player's connect-src 'none' refuses: a console error of the check, not of the player.)
  await toggle(page).click();
  const axe = await new AxeBuilder({ page }).include('.reveal .slides > section.present').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  expect(refused).toEqual([]);
});

test('a touch pauses it, idle time resumes it; a11y modes and the briefing keys come from the URL', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1920, height: 1080 } });
  const refused = await offline(context);
  const page = await context.newPage();
  await open(page, '?idleResume=3000');
  await page.touchscreen.tap(960, 540);
  await expect(toggle(page)).toHaveAccessibleName('Play slideshow');
  const pausedOn = await present(page).getAttribute('data-slide-id');
  await expect(toggle(page)).toHaveAccessibleName('Pause slideshow', { timeout: 15_000 });
  await expect(present(page)).not.toHaveAttribute('data-slide-id', pausedOn!, { timeout: 15_000 });

  const standardPages = await page.locator('.reveal .slides > section').count();
  await open(page, '?font=xlarge&contrast=high');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'xlarge');
  expect(await page.locator('.reveal .slides > section').count()).toBeGreaterThan(standardPages);

  await open(page, '?mode=deck');
  await expect(present(page)).toHaveAttribute('data-slide-id', 'title');
  await page.keyboard.press('ArrowRight');
  await expect(present(page)).toHaveAttribute('data-slide-id', 'lead');
  expect(refused).toEqual([]);
  await context.close();
});

test('release text full of markup stays text in the player: nothing runs, nothing is fetched', async ({ context, page }) => {
  const hostile = join(dir, 'hostile');
  const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', '--release', 'tests/fixtures/hostile/accepted-html-in-every-field.release.yaml', '--out', hostile], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const inside = pathToFileURL(hostile).href + '/';
  const refused: string[] = [];
  await context.route('**/*', (route) => (route.request().url().startsWith(inside) ? route.continue() : (refused.push(route.request().url()), route.abort())));
  await page.goto(`${inside}index.html?mode=deck`);
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 30_000 });
  await expect(present(page)).toContainText('<script>window.__pwned=1</script> field 0');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script').count()).toBe(2);
  expect(refused).toEqual([]);
});

test('a brand theme travels inside the player: its name, colours and logo, from file:// with nothing fetched', async ({ context, page }) => {
  const themed = join(dir, 'themed');
  const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', '--release', RELEASE, '--theme', 'tests/fixtures/themes/brand/brand.theme.yaml', '--out', themed], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const inside = pathToFileURL(themed).href + '/';
  const refused: string[] = [];
  await context.route('**/*', (route) => (route.request().url().startsWith(inside) ? route.continue() : (refused.push(route.request().url()), route.abort())));
  await page.goto(`${inside}index.html?mode=deck`);
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'Northwind Fair');
  // The theme's background, as the stylesheet reads it (--bg), resolved to a colour by the page.
  const background = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  });
  expect(background).toBe('rgb(255, 253, 248)');
  expect(await present(page).evaluate((s) => getComputedStyle(s, '::after').backgroundImage)).toMatch(/^url\("blob:/);
  // The theme is data inside index.html, not a file beside it.
  expect(listAll(themed).filter((f) => /theme|northwind/i.test(f))).toEqual([]);
  expect(refused).toEqual([]);
});

test('the .zip holds the same player', () => {
  const zip = unzipSync(readFileSync(join(dir, 'player.zip')));
  const names = Object.keys(zip).sort();
  const files = listAll(player).filter((f) => f !== '.pressdeck-export').sort();
  expect(names).toEqual(files);
  expect(Buffer.from(zip['index.html']!).toString('utf8')).toBe(readFileSync(join(player, 'index.html'), 'utf8'));
});

function listAll(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listAll(root, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** The words of a sentence in order, allowing a running head between two pages of it. */
function inOrder(text: string, sentence: string): boolean {
  const words = sentence.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('(?: \\S+){0,12}? ')).test(text);
}
