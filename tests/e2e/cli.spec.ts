/**
 * `pressdeck plan --font` counts the pages a person sees: run through the built CLI (it lays the
 * deck out in Chromium with the print layout), then compared with the deck the renderer shows in a
 * browser at the same font mode, page by page.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { DEFAULT_RELEASE_FILE } from '../../src/release/defaults';

const RELEASE = `slides/${DEFAULT_RELEASE_FILE}`;

interface Plan {
  plannedSlides: number;
  slides: { id: string }[];
  pages: Record<string, { count: number; perSlide: Record<string, number> }>;
}

test('plan --font all counts, at each font mode, the pages the deck shows', async ({ page }) => {
  test.setTimeout(180_000);
  const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'plan', RELEASE, '--font', 'all', '--json'], { encoding: 'utf8', timeout: 150_000 });
  expect(r.status, r.stderr).toBe(0);
  const plan = JSON.parse(r.stdout) as Plan;
  expect(Object.keys(plan.pages)).toEqual(['standard', 'large', 'xlarge']);
  for (const font of ['standard', 'large', 'xlarge']) {
    await page.goto(`index.html?font=${font}`);
    await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 30_000 });
    const shown = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slideId ?? ''));
    const perSlide: Record<string, number> = {};
    for (const id of shown) perSlide[id.split('~')[0]!] = (perSlide[id.split('~')[0]!] ?? 0) + 1;
    expect(plan.pages[font], font).toEqual({ count: shown.length, perSlide });
  }
  // Continuation pages are why the counts differ from the plan's.
  expect(plan.pages.xlarge!.count).toBeGreaterThan(plan.plannedSlides);
});

test('plan --font prints the pages per slide and the totals in its table', () => {
  test.setTimeout(120_000);
  const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'plan', RELEASE, '--font', 'large'], { encoding: 'utf8', timeout: 100_000 });
  expect(r.status, r.stderr).toBe(0);
  const lines = r.stdout.split('\n');
  expect(lines[0]).toMatch(/^ #\s+kind\s+id\s+time\s+pages\s+title$/);
  const pages = lines.filter((l) => /^\s*\d+\s+[a-z]+\s+[a-z0-9-]+\s+\d+s/.test(l)).map((l) => Number(l.trim().split(/\s+/)[4]));
  expect(pages).toHaveLength(10);
  expect(r.stdout).toContain(`10 planned slides; pages shown: ${pages.reduce((a, b) => a + b, 0)} at large (continuation pages for text that does not fit)`);
});
