/**
 * Release-format features as a person sees them in the built renderer: a watched deck keeps its place
 * when the heading of the slide on screen is edited (with or without a section `id`), the subtitle
 * shows under the title, and a release about no organization makes a deck without profiles.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_RELEASE_FILE } from '../../src/release/defaults';

const source = readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8');
const present = (page: Page) => page.locator('.reveal .slides > section.present');

/** Serves `body()` as the release at a fixed URL, so a test can edit it while the page watches. */
async function openWatched(page: Page, body: () => string): Promise<void> {
  await page.route((url) => url.pathname === '/fixtures/live.release.yaml', (route) => route.fulfill({ status: 200, contentType: 'text/yaml', body: body() }));
  await page.goto('index.html?watch=1&release=/fixtures/live.release.yaml');
  // Layout and pagination come first; on a loaded two-core machine that can take well over 5 s.
  await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true', { timeout: 30_000 });
  await expect(present(page)).toBeVisible();
}

async function stepTo(page: Page, id: string): Promise<number> {
  const ids = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slideId));
  const index = ids.indexOf(id);
  expect(index, `${id} in ${ids.join(', ')}`).toBeGreaterThan(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
  await expect(present(page)).toHaveAttribute('data-slide-id', id);
  return index;
}

const shownIndex = (page: Page) => page.locator('.reveal .slides > section').evaluateAll((els) => els.findIndex((e) => e.classList.contains('present')));

test('editing the heading of the slide on screen keeps the deck there, not on the title', async ({ page }) => {
  let served = source;
  await openWatched(page, () => served);
  const index = await stepTo(page, 'section-key-points-of-the-mou');

  served = source.replace('heading: Key points of the MOU', 'heading: What the MOU covers');
  await expect(page.locator('.reveal .slides > section[data-slide-id="section-what-the-mou-covers"]')).toHaveCount(1, { timeout: 15_000 });
  await expect(present(page)).toHaveAttribute('data-slide-id', 'section-what-the-mou-covers');
  expect(await shownIndex(page)).toBe(index);
});

test('a section with its own id keeps that id, and the slide, whatever its heading becomes', async ({ page }) => {
  const withId = source.replace('  - heading: Key points of the MOU', '  - id: key-points\n    heading: Key points of the MOU');
  let served = withId;
  await openWatched(page, () => served);
  await stepTo(page, 'section-key-points');

  served = withId.replace('heading: Key points of the MOU', 'heading: What the MOU covers');
  await expect(present(page).locator('h2')).toHaveText('What the MOU covers', { timeout: 15_000 });
  await expect(present(page)).toHaveAttribute('data-slide-id', 'section-key-points');
});

test('a subtitle shows under the title; a release about no organization has no profile or comparison slide', async ({ page }, testInfo) => {
  const noOrganizations = [
    'format: pressdeck/release@1',
    'title: Memorandum of Cooperation on digital partnership',
    'subtitle: Two ministries agree to work together on electronics and information technology',
    'released: 2018-10-29',
    'issuer: { name: Ministry of Testing, short: MOT }',
    'lead: The Ministry of Testing signed a memorandum of cooperation with a partner ministry.',
    'sections:',
    '  - { heading: Outline, points: [Exchanges of information, Joint workshops] }',
    '',
  ].join('\n');
  await openWatched(page, () => noOrganizations);
  const title = page.locator('.reveal .slides > section[data-slide-kind="title"]');
  await expect(title.locator('h1')).toHaveText('Memorandum of Cooperation on digital partnership');
  await expect(title.locator('.subtitle')).toHaveText('Two ministries agree to work together on electronics and information technology');
  const kinds = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slideKind));
  expect(kinds).toEqual(['title', 'lead', 'section', 'closing']);
  await page.screenshot({ path: testInfo.outputPath('title-with-subtitle.png') });
});
