/**
 * Large-font accessibility modes in Chromium, on the built renderer: for every font mode × contrast,
 * on the default deck, a stress release (10× longer sections, five organizations, long names, a
 * 270-character URL) and a Japanese release, every slide fits its canvas, every sentence of the
 * release is shown exactly once, and axe finds nothing on any kind of page. Then the OS media
 * features, the keys, the on-screen control, persistence, text spacing and what screen readers get.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseRelease } from '../../src/release/parse';
import { AA, open, overflowOf, present, settled } from './deck-checks';
import type { Release } from '../../src/release/schema';

// Independent tests: let both workers share them (the matrix is most of the e2e time).
test.describe.configure({ mode: 'parallel' });

const DECKS = {
  default: { file: 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml', query: '' },
  stress: { file: 'tests/fixtures/releases/stress-long.release.yaml', query: 'release=/fixtures/releases/stress-long.release.yaml&motion=reduced' },
  japanese: { file: 'tests/fixtures/releases/japanese.release.yaml', query: 'release=/fixtures/releases/japanese.release.yaml&motion=reduced' },
} as const;

function load(file: string): Release {
  const parsed = parseRelease(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.release;
}

function releaseSentences(r: Release): string[] {
  const seg = new Intl.Segmenter(r.lang, { granularity: 'sentence' });
  const texts = [r.lead, ...r.sections.flatMap((s) => [...(s.paragraphs ?? []), ...(s.points ?? [])]), ...r.organizations.flatMap((o) => [o.summary, ...(o.points ?? [])]), ...r.events.map((e) => e.text)];
  return texts.flatMap((t) => [...seg.segment(t.replace(/\s+/g, ' '))].map((s) => s.segment.trim())).filter((s) => s.length > 0);
}

/** The running text of the whole deck in order; pages join with a space (none for CJK), as a reader would read on. */
async function deckText(page: Page, lang: string): Promise<string> {
  const joiner = /^(ja|zh|ko)/.test(lang) ? '' : ' ';
  return page.locator('.reveal .slides > section').evaluateAll((sections, joiner) =>
    sections
      .map((s) => {
        const copy = s.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.notes, .kicker, h1, h2, thead, .figures, .facts').forEach((n) => n.remove());
        return [...copy.querySelectorAll('p, li:not(:has(p)), td, figcaption')].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).join(joiner);
      })
      .join(joiner),
    joiner,
  );
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

for (const [deckName, deck] of Object.entries(DECKS)) {
  const release = load(deck.file);
  for (const font of ['standard', 'large', 'xlarge'] as const) {
    for (const contrast of ['standard', 'high'] as const) {
      test(`${deckName} deck, ${font} text, ${contrast} contrast: nothing clipped, nothing lost, no axe violations`, async ({ page }, info) => {
        // The stress deck at xlarge is some 200 slides, each checked by axe.
        test.setTimeout(900_000);
        await open(page, `${deck.query}&font=${font}&contrast=${contrast}`.replace(/^&/, ''));
        await expect(page.locator('html')).toHaveAttribute('data-font', font);
        await expect(page.locator('html')).toHaveAttribute('lang', release.lang);

        const text = await deckText(page, release.lang);
        // A bullet may repeat words of a paragraph ("政策提言" inside the paragraph that lists it):
        // such a sentence is expected once more for each release sentence that contains it.
        const all = releaseSentences(release);
        for (const sentence of all) {
          const inOthers = all.filter((other) => other !== sentence && other.includes(sentence)).reduce((n, other) => n + count(other, sentence), 0);
          expect.soft(`${count(text, sentence)}×`, `"${sentence}" shown once`).toBe(`${1 + inOthers}×`);
        }

        const slides = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.slideId!, kind: (e as HTMLElement).dataset.slideKind! })));
        const tags = contrast === 'high' ? [...AA, 'wcag2aaa'] : AA;
        // Every page is checked for clipping. axe runs on the first page of every slide and on the
        // first continuation page of each kind: later pages of a slide repeat its structure and
        // styles with other words, and axe was nine tenths of this matrix's time.
        const continuedKinds = new Set<string>();
        for (let i = 0; i < slides.length; i++) {
          const { id, kind } = slides[i]!;
          await expect(present(page)).toHaveAttribute('data-slide-id', id);
          await settled(page);
          expect.soft(await overflowOf(page), `slide ${id} fits`).toEqual([]);
          const continued = id.includes('~');
          if (!continued || !continuedKinds.has(kind)) {
            if (continued) continuedKinds.add(kind);
            const axe = await new AxeBuilder({ page }).include('.reveal .slides > section.present').withTags(tags).analyze();
            expect.soft(axe.violations.map((v) => `${id}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          }
          // Artifacts to look at: the first pages, and each slide's first continuation page.
          if (font === 'xlarge' && contrast === 'standard' && (i < 3 || id.endsWith('~2'))) await page.screenshot({ path: info.outputPath(`${String(i + 1).padStart(3, '0')}-${id}.png`) });
          await page.keyboard.press('ArrowRight');
        }
      });
    }
  }
}

test('a 270-character URL wraps after / ? & = on the closing slide at xlarge: shown whole, once, nothing clipped', async ({ page }, info) => {
  const url = load(DECKS.stress.file).issuer.url!;
  expect(url.length).toBeGreaterThanOrEqual(270);
  await open(page, `${DECKS.stress.query}&font=xlarge`);
  const link = page.locator('.reveal .slides > section[data-slide-kind="closing"] .url');
  await expect(link).toHaveCount(1);
  // What a reader sees, label aside: the URL, whole, with break hints after / ? & = in it.
  expect(await link.evaluate((e) => [...e.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('label'))).map((n) => n.textContent).join('').trim())).toBe(url);
  expect(await link.locator('wbr').count()).toBeGreaterThan(10);
  await page.keyboard.press('End');
  while (!(await present(page).locator('.url').count())) await page.keyboard.press('ArrowLeft');
  await settled(page);
  expect(await overflowOf(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('long-url.png') });
});

test('continuation slides carry data-continued, the id stem and a (n/of) marker, and share the time', async ({ page }) => {
  await open(page, 'font=xlarge');
  const pages = page.locator('.reveal .slides > section[data-continued]');
  expect(await pages.count()).toBeGreaterThan(0);
  const first = pages.first();
  const stem = (await first.getAttribute('data-continued'))!;
  await expect(first).toHaveAttribute('data-slide-id', new RegExp(`^${stem}~\\d+$`));
  await expect(first.locator('.kicker')).toContainText(/\(\d+\/\d+\)/);
  await expect(page.locator(`.reveal .slides > section[data-slide-id="${stem}"]`)).toHaveAttribute('data-page', /^1\/\d+$/);
});

test('xlarge body text is at least twice the standard size', async ({ page }) => {
  const size = async () => present(page).page().locator('.reveal section[data-slide-kind="section"] .body').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await open(page, 'font=standard');
  const standard = await size();
  await open(page, 'font=xlarge');
  expect(await size()).toBeGreaterThanOrEqual(2 * standard);
});

test('the OS asking for reduced motion turns slide transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '');
  const durations = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => getComputedStyle(e).transitionDuration));
  expect(new Set(durations)).toEqual(new Set(['0s']));
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

test('the OS asking for more contrast turns the high-contrast palette on, and off again, while the deck runs', async ({ page }) => {
  await open(page, 'motion=reduced');
  const ink = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ink').trim());
  const standardInk = await ink();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'standard');
  await page.emulateMedia({ contrast: 'more' });
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  expect(await ink()).not.toBe(standardInk);
  await page.emulateMedia({ contrast: 'no-preference' });
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'standard');
  expect(await ink()).toBe(standardInk);
});

test('with forced colours and more contrast the deck stays legible on every slide', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ forcedColors: 'active', contrast: 'more' });
  await open(page, 'motion=reduced');
  // The palette's ink, resolved (the minified stylesheet may spell #000000 as #000).
  const ink = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--ink)';
    probe.style.forcedColorAdjust = 'none'; // the palette's value, not the system colour forced over it
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  });
  expect(ink).toBe('rgb(0, 0, 0)');
  const n = await page.locator('.reveal .slides > section').count();
  for (let i = 0; i < n; i++) {
    const axe = await new AxeBuilder({ page }).include('.reveal .slides > section.present').withTags(AA).analyze();
    expect.soft(axe.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
});

test('keys + - 0 C M change the modes, persist across a restart, and can be turned off', async ({ page }) => {
  await open(page, '');
  const html = page.locator('html');
  const before = await page.locator('.reveal .slides > section').count();
  await page.keyboard.press('+');
  await expect(html).toHaveAttribute('data-font', 'large');
  await page.keyboard.press('+');
  await expect(html).toHaveAttribute('data-font', 'xlarge');
  await expect.poll(() => page.locator('.reveal .slides > section').count()).toBeGreaterThan(before);
  await page.keyboard.press('c');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await page.keyboard.press('m');
  await expect(html).toHaveAttribute('data-motion', 'reduced');
  await page.reload();
  await expect(present(page)).toBeVisible();
  await expect(html).toHaveAttribute('data-font', 'xlarge');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await page.keyboard.press('-');
  await expect(html).toHaveAttribute('data-font', 'large');
  await page.keyboard.press('0');
  await expect(html).toHaveAttribute('data-font', 'standard');
  // Ctrl + is the browser's zoom, not ours.
  await page.keyboard.press('Control+Equal');
  await expect(html).toHaveAttribute('data-font', 'standard');

  await page.getByRole('button', { name: 'Display settings' }).click();
  await page.getByRole('button', { name: /Shortcut keys/ }).click();
  await page.keyboard.press('+');
  await expect(html).toHaveAttribute('data-font', 'standard');
});

test('the on-screen control works by keyboard, with 44 px targets and a visible focus ring', async ({ page }, info) => {
  await open(page, '');
  const toggle = page.getByRole('button', { name: 'Display settings' });
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  expect(await toggle.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const buttons = page.locator('.a11y button');
  for (const b of await buttons.all()) {
    const box = (await b.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await page.getByRole('button', { name: 'Extra large text (200%)' }).press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'xlarge');
  await expect(page.getByRole('button', { name: 'Extra large text (200%)' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: info.outputPath('control.png') });
  const axe = await new AxeBuilder({ page }).include('.a11y').withTags(AA).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('forced WCAG 1.4.12 text spacing clips nothing: pagination absorbs it', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p, li { margin-bottom: 2em !important; }';
      document.head.append(style);
    });
  });
  // At large (150 %). At xlarge with this spacing forced on, single atomic blocks (a figure, a party
  // card, a contact line) are taller than a slide and are not cut: see the README's known limits.
  await open(page, 'font=large&motion=reduced');
  const n = await page.locator('.reveal .slides > section').count();
  for (let i = 0; i < n; i++) {
    expect.soft(await overflowOf(page), `slide ${i + 1} fits`).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
  await context.close();
});

test('screen readers get the current slide only, in reading mode, with a polite live region', async ({ page }) => {
  await open(page, '');
  await expect(page.locator('.reveal')).not.toHaveAttribute('role', 'application');
  const inert = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => [e.classList.contains('present'), (e as HTMLElement).inert]));
  for (const [isPresent, isInert] of inert) expect(isInert).toBe(!isPresent);
  await expect(page.locator('.reveal .aria-status')).toHaveAttribute('aria-live', 'polite');
});

test('Japanese renders with the bundled Noto Sans JP and lang="ja"', async ({ page }) => {
  await open(page, DECKS.japanese.query);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expect(await page.evaluate(() => document.fonts.check('44px "Noto Sans JP"', '日本と欧州'))).toBe(true);
});

test('distance-aware type picks a font mode from viewing distance and screen size', async ({ page }) => {
  await open(page, 'distance=4m&diagonal=55in');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'large');
  await page.getByRole('button', { name: 'Display settings' }).click();
  await expect(page.locator('.a11y .why')).toContainText('AVIXA DISCAS floor of 20.0 mm');
  await expect(page.locator('.a11y .why')).toContainText('which no mode reaches here (xlarge: 30.8 mm)');
});
