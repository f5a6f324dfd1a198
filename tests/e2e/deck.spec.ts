/**
 * The default deck in a real Chromium, from the built renderer: every slide kind appears with the
 * text of the release file, keyboard stepping reaches every slide, and a screenshot of each kind is
 * kept as a test artifact.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { planDeck, SLIDE_KINDS } from '../../src/deck/plan';
import { parseRelease } from '../../src/release/parse';
import { DEFAULT_RELEASE_FILE } from '../../src/release/defaults';

const source = readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8');
const parsed = parseRelease(source, DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const release = parsed.release;
const plan = planDeck(release);

test.beforeEach(async ({ page }) => {
  await page.goto('index.html');
  await expect(page.locator('.reveal section.present')).toBeVisible();
});

test('every slide kind of the default deck is present, in plan order', async ({ page }) => {
  const kinds = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slideKind));
  expect(new Set(kinds)).toEqual(new Set(SLIDE_KINDS));
  expect(kinds[0]).toBe('title');
  expect(kinds.at(-1)).toBe('closing');
  await expect(page.locator('html')).toHaveAttribute('lang', release.lang);
});

test('slides show the text of the release file', async ({ page }) => {
  const slide = (kind: string, id?: string) =>
    page.locator(`.reveal .slides > section[data-slide-kind="${kind}"]${id ? `[data-slide-id="${id}"]` : ''}`);
  await expect(slide('title').locator('h1')).toHaveText(release.title);
  await expect(slide('lead')).toContainText(release.lead);
  for (const section of release.sections) {
    // A long section runs over continuation slides ("Background (1/2)"): read all of its pages.
    const pages = page.locator(`.reveal .slides > section[data-slide-kind="section"]`, { hasText: section.heading });
    const text = (await pages.locator('p').allTextContents()).join(' ');
    for (const p of section.paragraphs ?? []) expect(text).toContain(p);
  }
  for (const org of release.organizations) {
    const s = slide('organization', `org-${org.id}`).first();
    await expect(s).toContainText(org.name);
    // The summary may run on over continuation slides (org-itac~2…): read the text of every page.
    const pages = page.locator(`.reveal .slides > section[data-slide-kind="organization"][data-slide-id^="org-${org.id}"]`);
    expect((await pages.locator('.text p').allTextContents()).join(' ')).toContain(org.summary);
  }
  await expect(slide('ceremony')).toContainText(release.ceremony!.caption);
  await expect(slide('ceremony')).toContainText('CeBIT 2017');
  await expect(slide('ceremony').locator('img')).toHaveCount(0);
  for (const event of release.events) await expect(slide('timeline')).toContainText(event.text);
  await expect(slide('comparison')).toContainText('≈2,800');
  await expect(slide('comparison')).toContainText('13');
  await expect(slide('closing')).toContainText(release.issuer.phone!);
  await expect(slide('closing')).toContainText(release.issuer.address!);
  await expect(slide('closing')).toContainText(release.issuer.copyright!);
});

test('keyboard stepping visits every slide in order, as a clicker would', async ({ page }, testInfo) => {
  const ids = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slideId));
  expect(ids.length).toBeGreaterThanOrEqual(plan.slides.length);
  const seen: string[] = [];
  const shot = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const current = page.locator('.reveal .slides > section.present');
    await expect(current).toHaveAttribute('data-slide-id', ids[i]!);
    seen.push((await current.getAttribute('data-slide-id'))!);
    const kind = (await current.getAttribute('data-slide-kind'))!;
    if (!shot.has(kind)) {
      shot.add(kind);
      await page.waitForTimeout(450); // let the fade finish so the artifact is not half-way
      await page.screenshot({ path: testInfo.outputPath(`${String(i + 1).padStart(2, '0')}-${kind}.png`) });
    }
    // Alternate the keys presentation clickers send.
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
  }
  expect(seen).toEqual(ids);
  await page.keyboard.press('PageUp');
  await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide-id', ids.at(-2)!);
  await page.keyboard.press('Home');
  await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide-id', ids[0]!);
  await page.keyboard.press('End');
  await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide-id', ids.at(-1)!);
});

test('release text is shown as text, never run as HTML', async ({ page }) => {
  await page.goto('index.html?release=/fixtures/releases/hostile-html.release.yaml');
  await expect(page.locator('.reveal section.present')).toBeVisible();
  await expect(page.locator('.reveal section[data-slide-kind="title"] h1')).toHaveText('<img src=x onerror="window.__pwned=1"> <b>Bold</b> claim');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.reveal img')).toHaveCount(0);
  await expect(page.locator('.reveal b')).toHaveCount(0);
});

test('an invalid release shows its problems with file, line and field instead of a blank screen', async ({ page }) => {
  await page.goto('index.html?release=/fixtures/releases/invalid-types.release.yaml');
  await expect(page.getByRole('heading', { name: 'This release cannot be shown yet' })).toBeVisible();
  await expect(page.locator('.problems')).toContainText('invalid-types.release.yaml:12:23: organizations[0].members.count: expected a whole number, got "many"');
});

test('the problem screen keeps reading the file: the deck appears once it is valid, without ?watch', async ({ page }) => {
  // The page promised "the deck appears as soon as the file is valid", which held only with &watch=1.
  let served = `${source}\nnot-a-field: true\n`;
  await page.route((url) => url.pathname === '/fixtures/being-fixed.release.yaml', (route) => route.fulfill({ status: 200, contentType: 'text/yaml', body: served }));
  await page.goto('index.html?release=/fixtures/being-fixed.release.yaml');
  await expect(page.getByRole('heading', { name: 'This release cannot be shown yet' })).toBeVisible();
  await expect(page.locator('.problems')).toContainText('not-a-field');
  served = source;
  await expect(page.locator('.reveal section.present')).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.reveal section[data-slide-kind="title"] h1')).toHaveText(release.title);
});

test('a release image that does not load is named on screen in a deck window, and only logged at a kiosk or for the room', async ({ page }) => {
  // It used to be dropped silently (a 404 in the console): the ceremony slide just showed its card.
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  const notice = page.getByRole('status').filter({ hasText: 'Image not shown.' });
  await page.goto('index.html?release=/fixtures/hostile/photo-missing-file.release.yaml');
  await expect(notice).toContainText('ceremony.photo: images/missing.png could not be loaded; the slide is shown without it.');
  await expect(page.locator('.reveal section[data-slide-kind="ceremony"] img')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  for (const mode of ['kiosk', 'audience']) {
    logged.length = 0;
    await page.goto(`index.html?mode=${mode}&release=/fixtures/hostile/photo-missing-file.release.yaml`);
    await expect(page.locator('html')).toHaveAttribute('data-deck-ready', 'true');
    await expect.poll(() => logged.some((l) => l.includes('ceremony.photo: images/missing.png could not be loaded')), { message: mode }).toBe(true);
    await expect(notice, mode).toHaveCount(0);
  }
});
