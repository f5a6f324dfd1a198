/**
 * Kiosk mode in Chromium, on the built renderer: the loop follows the plan (order, durations,
 * wrap-around), a visitor's input pauses it and idle time resumes it, the pause/play button is named,
 * first in the Tab order and works by keyboard and pointer, and an edited release keeps the position.
 * The test time-scale (×50: a 10 s slide lasts 200 ms) comes from the harness before the page loads
 * (src/app/test-hooks.ts), never from the URL, which keeps a visitor's speed within ×0.5…×10.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { planDeck } from '../../src/deck/plan';
import { DEFAULT_RELEASE_FILE } from '../../src/release/defaults';
import { parseRelease } from '../../src/release/parse';

const TIME_SCALE = 50;
const source = readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8');
const parsed = parseRelease(source, DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const plan = planDeck(parsed.release);

const present = (page: Page) => page.locator('.reveal .slides > section.present');
const toggle = (page: Page) => page.getByRole('group', { name: 'Slideshow' }).getByRole('button').first();

/**
 * Opens the kiosk and waits until the loop listens (`data-deck-ready`) and its control shows.
 * reveal.js marks the first slide present a moment before the loop starts; a Tab or click sent in that
 * gap reaches no loop, which made these tests flaky on a loaded two-core machine.
 */
/** The deck as shown: the plan after pagination (`stem`, `stem~2`…), each page with its share of the time. */
function shownPages(page: Page): Promise<{ id: string; seconds: number }[]> {
  return page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.slideId!, seconds: Number((e as HTMLElement).dataset.seconds) })));
}

async function openKiosk(page: Page, query: string, timeScale = TIME_SCALE): Promise<void> {
  await page.addInitScript((scale) => {
    (window as unknown as { __PRESSDECK_TEST__: object }).__PRESSDECK_TEST__ = { timeScale: scale };
  }, timeScale);
  await page.goto(`index.html?mode=kiosk&${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');
  await expect(present(page)).toBeVisible();
  await expect(toggle(page)).toBeVisible();
}

test('slides advance in plan order with their planned times, and the loop wraps around', async ({ page }) => {
  // Record each slide as it becomes current, with the page's own clock.
  await page.addInitScript(() => {
    const seen: { id: string; at: number }[] = [];
    (window as unknown as { __shown: typeof seen }).__shown = seen;
    // reveal.js dispatches `slidechanged` as a DOM event too, at the moment the slide changes.
    document.addEventListener('slidechanged', (e) => {
      const id = (e as Event & { currentSlide?: HTMLElement }).currentSlide?.dataset.slideId;
      if (id) seen.push({ id, at: performance.now() });
    }, true);
  });
  await openKiosk(page, '');
  await expect(toggle(page)).toHaveAccessibleName('Pause slideshow');

  const deck = await shownPages(page);
  expect(deck.map((s) => s.id.split('~')[0])).toEqual(expect.arrayContaining(plan.slides.map((s) => s.id)));
  const n = deck.length;
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __shown: unknown[] }).__shown.length)), { timeout: 30_000 }).toBeGreaterThanOrEqual(n + 2);
  const shown = await page.evaluate(() => (window as unknown as { __shown: { id: string; at: number }[] }).__shown);
  const ids = deck.map((s) => s.id);
  // Start from the first advance to the second slide.
  const start = shown.findIndex((s) => s.id === ids[1]);
  const lap = shown.slice(start, start + n);
  expect(lap.map((s) => s.id)).toEqual([...ids.slice(1), ids[0]]);
  // Each slide stays up for its planned time at the test speed: never less; late only by timer and render slack.
  for (let i = 0; i < n - 1; i++) {
    const planned = (deck[i + 1]!.seconds * 1000) / TIME_SCALE;
    const actual = lap[i + 1]!.at - lap[i]!.at;
    expect(actual, `${lap[i]!.id} stayed ${actual.toFixed(0)} ms, planned ${planned} ms`).toBeGreaterThanOrEqual(planned * 0.95);
    expect(actual, `${lap[i]!.id} stayed ${actual.toFixed(0)} ms, planned ${planned} ms`).toBeLessThan(planned + 1000);
  }
});

test('a click pauses the loop, the control says so, and idle time resumes it', async ({ page }, testInfo) => {
  // Idle time long enough that a loaded machine finishes each check before the loop resumes.
  await openKiosk(page, 'idleResume=4000');
  await expect(page.locator('.reveal .aria-status')).toHaveAttribute('aria-live', 'off');
  await page.mouse.click(960, 540);
  await expect(toggle(page)).toHaveAccessibleName('Play slideshow');
  await expect(page.locator('.reveal .aria-status')).toHaveAttribute('aria-live', 'polite');
  const pausedOn = (await present(page).getAttribute('data-slide-id'))!;
  // The progress line runs on the paused page's planned time: the plan's seconds, or this page's
  // share of them when pagination split the slide (`stem`, `stem~2`…).
  const pages = await shownPages(page);
  const stem = pausedOn.split('~')[0];
  const planned = plan.slides.find((s) => s.id === stem)!.seconds;
  expect(pages.filter((p) => p.id.split('~')[0] === stem).reduce((sum, p) => sum + p.seconds, 0)).toBeCloseTo(planned, 3);
  const pausedSeconds = pages.find((p) => p.id === pausedOn)!.seconds;
  await expect(page.locator('.kiosk-progress')).toHaveAttribute('data-slide-ms', String(pausedSeconds * 1000));
  await page.screenshot({ path: testInfo.outputPath('kiosk-paused.png') });
  // A tap on the right edge steps forward by hand and keeps the loop paused.
  await page.mouse.click(1900, 540);
  const index = pages.findIndex((p) => p.id === pausedOn);
  const next = pages[(index + 1) % pages.length]!.id;
  await expect(present(page)).toHaveAttribute('data-slide-id', next);
  await expect(toggle(page)).toHaveAccessibleName('Play slideshow');
  // After the idle time the loop plays again and moves on by itself.
  await expect(toggle(page)).toHaveAccessibleName('Pause slideshow', { timeout: 10_000 });
  await expect(present(page)).not.toHaveAttribute('data-slide-id', next, { timeout: 10_000 });
});

test('the pause/play button is first in the Tab order and works by keyboard and pointer', async ({ page }) => {
  await openKiosk(page, 'idleResume=300');
  await page.keyboard.press('Tab');
  await expect(toggle(page)).toBeFocused();
  await expect(toggle(page)).toHaveAccessibleName('Pause slideshow');
  await page.keyboard.press('Enter');
  await expect(toggle(page)).toHaveAccessibleName('Play slideshow');
  const pausedOn = await present(page).getAttribute('data-slide-id');
  // Paused stays paused while focus is on the controls, long past the idle time.
  await page.waitForTimeout(1500);
  await expect(present(page)).toHaveAttribute('data-slide-id', pausedOn!);
  await expect(toggle(page)).toHaveAccessibleName('Play slideshow');
  await page.keyboard.press('Space');
  await expect(toggle(page)).toHaveAccessibleName('Pause slideshow');
  await expect(present(page)).not.toHaveAttribute('data-slide-id', pausedOn!, { timeout: 10_000 });

  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('Play slideshow');
  await toggle(page).click();
  await expect(toggle(page)).toHaveAccessibleName('Pause slideshow');

  // The speed buttons step the visitor's factor within ×0.5…×10; the test time-scale is not shown.
  await expect(page.locator('.kiosk-controls .speed')).toHaveText('×1');
  await page.getByRole('button', { name: 'Slower' }).click();
  await expect(page.locator('.kiosk-controls .speed')).toHaveText('×0.75');
});

test('the display settings sit beside the slideshow controls, and using them does not step the slides', async ({ page }, testInfo) => {
  // Idle time far longer than the test: re-paginating at xlarge takes seconds on a loaded machine,
  // and a loop resumed meanwhile would step the slide this test watches.
  await openKiosk(page, 'idleResume=60000');
  const settingsButton = page.getByRole('button', { name: 'Display settings' });
  const group = (await page.getByRole('group', { name: 'Slideshow' }).boundingBox())!;
  const aa = (await settingsButton.boundingBox())!;
  // Side by side, not stacked on each other: either may be tapped without hitting the other.
  const apart = aa.x >= group.x + group.width || aa.x + aa.width <= group.x || aa.y >= group.y + group.height || aa.y + aa.height <= group.y;
  expect(apart, `display settings ${JSON.stringify(aa)} overlap the slideshow controls ${JSON.stringify(group)}`).toBe(true);

  // A visitor opens the settings: the loop pauses as for any touch, and the slide stays (the button
  // sits in the screen's left fifth, which is otherwise the "previous" tap zone).
  await settingsButton.click();
  await expect(toggle(page)).toHaveAccessibleName('Play slideshow');
  const on = await present(page).getAttribute('data-slide-id');
  await page.getByRole('button', { name: 'Extra large text (200%)' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 'xlarge');
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(present(page)).toHaveAttribute('data-slide-id', on!);
  await page.screenshot({ path: testInfo.outputPath('kiosk-settings-open.png') });
});

test('an edited release updates the deck in place; a broken edit keeps the last good deck with a badge', async ({ page }) => {
  let served = source;
  await page.route((url) => url.pathname === '/fixtures/live.release.yaml', (route) => route.fulfill({ status: 200, contentType: 'text/yaml', body: served }));
  await openKiosk(page, 'watch=1&release=/fixtures/live.release.yaml', 1);
  await expect(present(page)).toHaveAttribute('data-slide-id', 'title');
  // A visitor steps to the ITAC profile by hand.
  const target = (await shownPages(page)).findIndex((p) => p.id === 'org-itac');
  expect(target).toBeGreaterThan(0);
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
  await expect(present(page)).toHaveAttribute('data-slide-id', 'org-itac');

  served = source.replace(parsed.release.lead.slice(0, 40), 'EDITED AT THE BOOTH. ');
  expect(served).not.toBe(source);
  await expect(page.locator('section[data-slide-id="lead"]')).toContainText('EDITED AT THE BOOTH.', { timeout: 5_000 });
  await expect(present(page)).toHaveAttribute('data-slide-id', 'org-itac');

  served = `${served}\nnot-a-field: true\n`;
  await expect(page.getByRole('status').filter({ hasText: 'Showing the last good version.' })).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole('status')).toContainText('not-a-field');
  await expect(present(page)).toHaveAttribute('data-slide-id', 'org-itac');
  await expect(page.locator('section[data-slide-id="lead"]')).toContainText('EDITED AT THE BOOTH.');
});

test('a URL cannot speed the booth up beyond ×10: the test time-scale is the harness’s alone', async ({ page }) => {
  // The soak bench used to pass ×1000 in the product's URL; now a visitor's URL is held to ×10.
  await page.goto('index.html?mode=kiosk&speed=1000');
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');
  await expect(page.locator('.kiosk-controls .speed')).toHaveText('×10');
  await expect(page.getByRole('button', { name: 'Faster' })).toBeDisabled();
});
