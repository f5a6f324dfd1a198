/**
 * Themes on the built renderer in Chromium: each built-in theme (and a brand theme with a logo) on
 * every slide kind of the default deck, axe clean and nothing clipped; a sample across font modes
 * and contrast (every combination of colours is checked by the unit tests of src/theme/). `ministry`
 * is the default look, which tests/e2e/a11y.spec.ts covers in every mode: here it is shown to be
 * that look pixel for pixel. A logo
 * outside its theme's folder is refused with its place; a PDF exported with a font theme embeds
 * that typeface.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BUILTIN_THEMES } from '../../src/theme/builtin';
import { highContrastPalette, standardPalette } from '../../src/theme/palette';
import { AA, open, overflowOf, present, settled } from './deck-checks';

test.describe.configure({ mode: 'parallel' });

const CASES = [
  { theme: 'night', font: 'large', contrast: 'standard' },
  { theme: 'night', font: 'standard', contrast: 'high' },
  { theme: 'fair', font: 'xlarge', contrast: 'standard' },
  { theme: '/fixtures/themes/brand/brand.theme.yaml', font: 'large', contrast: 'high' },
] as const;

/** The colour the page paints the present slide's background with, as #rrggbb. */
async function slideBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    const rgb = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim();
    const probe = document.createElement('div');
    probe.style.color = rgb;
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number) as [number, number, number];
    probe.remove();
    return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  });
}

for (const c of CASES) {
  const name = c.theme.split('/').pop()!;
  test(`${name} theme, ${c.font} text, ${c.contrast} contrast: every slide kind axe clean, nothing clipped`, async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, `theme=${encodeURIComponent(c.theme)}&font=${c.font}&contrast=${c.contrast}&motion=reduced`);
    const builtin = BUILTIN_THEMES[c.theme as keyof typeof BUILTIN_THEMES];
    if (builtin) {
      await expect(page.locator('html')).toHaveAttribute('data-theme', c.theme);
      const palette = c.contrast === 'high' ? highContrastPalette(builtin) : standardPalette(builtin);
      expect(await slideBackground(page)).toBe(palette.background);
    } else {
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'Northwind Fair');
      // The logo is drawn in the top margin of every slide.
      const logo = await present(page).evaluate((s) => getComputedStyle(s, '::after').backgroundImage);
      expect(logo).toMatch(/^url\("blob:/);
    }
    const slides = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.slideId!, kind: (e as HTMLElement).dataset.slideKind! })));
    const kinds = new Set<string>();
    const tags = c.contrast === 'high' ? [...AA, 'wcag2aaa'] : AA;
    for (const { id, kind } of slides) {
      await expect(present(page)).toHaveAttribute('data-slide-id', id);
      await settled(page);
      expect.soft(await overflowOf(page), `slide ${id} fits`).toEqual([]);
      if (!kinds.has(kind)) {
        kinds.add(kind);
        const axe = await new AxeBuilder({ page }).include('.reveal .slides > section.present').withTags(tags).analyze();
        expect.soft(axe.violations.map((v) => `${id}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      await page.keyboard.press('ArrowRight');
    }
    expect([...kinds].sort()).toEqual(['ceremony', 'closing', 'comparison', 'lead', 'organization', 'section', 'timeline', 'title']);
  });
}

test('the ministry theme is the look without a theme, pixel for pixel', async ({ page }) => {
  await open(page, 'motion=reduced');
  const before = await page.screenshot();
  await open(page, 'theme=ministry&motion=reduced');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'ministry');
  expect((await page.screenshot()).equals(before)).toBe(true);
});

test('a logo outside the theme’s folder is refused with its place, and nothing is shown in that theme', async ({ page }) => {
  await page.goto('index.html?theme=/fixtures/themes/outside.theme.yaml');
  const problems = page.locator('main.screen');
  await expect(problems).toContainText('outside.theme.yaml:10:7: logo: must stay beside or below the theme file (no ".." segments)');
  await expect(page.locator('html')).not.toHaveAttribute('data-deck-ready', 'true');
});

test('an unreadable theme is refused with the pair, its ratio and the nearest colour that passes', async ({ page }) => {
  await page.goto('index.html?theme=/fixtures/themes/low-contrast.theme.yaml');
  await expect(page.locator('main.screen')).toContainText(/low-contrast\.theme\.yaml:8:10: colors\.muted: muted text on the background is 2\.\d\d:1 \(#9a9a9a on #ffffff\); body text needs at least 4\.5:1 \(WCAG 2\.2\)\. The nearest muted colour that passes: "#[0-9a-f]{6}"/);
});

test('a watched theme: an edit shows, a broken edit keeps the last good look with its problem', async ({ page }) => {
  const colours = (bg: string, muted: string) => ['format: pressdeck/theme@1', 'name: Live', 'colors:', `  background: "${bg}"`, '  text: "#111111"', `  muted: "${muted}"`, '  accent: "#1f3a68"', '  highlight: "#b3540f"', ''].join('\n');
  let served = colours('#ffffff', '#4a4a4a');
  await page.route((url) => url.pathname === '/fixtures/live.theme.yaml', (route) => route.fulfill({ status: 200, contentType: 'text/yaml', body: served }));
  await open(page, 'watch=1&theme=/fixtures/live.theme.yaml&motion=reduced');
  expect(await slideBackground(page)).toBe('#ffffff');

  served = colours('#ffffff', '#bbbbbb');
  const badge = page.locator('aside.badge[role="status"]');
  await expect(badge).toContainText('Showing the last good version. live.theme.yaml has 1 problem', { timeout: 15_000 });
  await expect(badge).toContainText('live.theme.yaml:6:10: colors.muted: muted text on the background is 1.');
  expect(await slideBackground(page)).toBe('#ffffff');

  served = colours('#fbfaf7', '#4a4a4a');
  await expect(badge).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(() => slideBackground(page)).toBe('#fbfaf7');
});

test.describe('PDF export', () => {
  const SERIF = '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf';
  let dir: string;
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pressdeck-theme-'));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a PDF exported with a font theme embeds the theme’s typeface', async () => {
    test.skip(!existsSync(SERIF), `${SERIF} is missing (Debian: apt-get install fonts-noto-core, as .ci/run does)`);
    test.setTimeout(240_000);
    copyFileSync(SERIF, join(dir, 'brand.ttf'));
    copyFileSync('tests/fixtures/themes/brand/northwind.svg', join(dir, 'northwind.svg'));
    writeFileSync(
      join(dir, 'serif.theme.yaml'),
      ['format: pressdeck/theme@1', 'name: Serif brand', 'colors:', '  background: "#ffffff"', '  text: "#111111"', '  muted: "#4a4a4a"', '  accent: "#5b2a86"', '  highlight: "#b23a48"', 'logo: northwind.svg', 'font: brand.ttf', ''].join('\n'),
    );
    const fonts = (theme: string) => {
      const out = join(dir, `${theme.replace(/\W/g, '')}.pdf`);
      const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml', '--theme', theme, '--out', out], { encoding: 'utf8', timeout: 180_000 });
      expect(r.status, r.stderr).toBe(0);
      return execFileSync('/usr/bin/pdffonts', [out], { encoding: 'utf8' });
    };
    const themed = fonts(join(dir, 'serif.theme.yaml'));
    expect(themed).toMatch(/\+NotoSerif-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    // The default theme's PDF does not: the serif comes from the theme, nowhere else.
    expect(fonts('night')).not.toMatch(/NotoSerif/);
  });

  test('the export refuses a theme whose logo leads out of its folder, writing nothing', () => {
    const out = join(dir, 'refused.pdf');
    const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml', '--theme', 'tests/fixtures/themes/outside.theme.yaml', '--out', out], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('outside.theme.yaml:10:7: logo: must stay beside or below the theme file');
    expect(existsSync(out)).toBe(false);
  });
});
