/**
 * The hostile corpus in the built renderer: whatever a release holds, the page runs nothing from it
 * (no dialogs, no page errors, no console errors, window.__pwned stays unset, no script, iframe,
 * object or on* attribute inside the deck), shows release HTML as literal text, and is never blank:
 * the deck for valid files, the problem screen with the file:line message for the others.
 * The browser runs the shared parser but not the Node-only image checks, so the expectation per
 * file is what parseRelease says about its bytes (tests/unit/hardening/corpus.test.ts checks the
 * Node side against expected.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseRelease } from '../../src/release/parse';
import { formatProblem } from '../../src/release/problems';

const DIR = 'tests/fixtures/hostile';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

/** What the renderer should show for a file: the deck, or this first problem line. */
function browserExpectation(file: string): { ok: true; title: string } | { ok: false; first: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(`${DIR}/${file}`));
  } catch {
    return { ok: false, first: `${file}: is not UTF-8 text (save the file as UTF-8)` };
  }
  const r = parseRelease(text, file);
  return r.ok ? { ok: true, title: r.release.title } : { ok: false, first: formatProblem(r.problems[0]!) };
}

function watch(page: Page): string[] {
  const incidents: string[] = [];
  page.on('dialog', (d) => { incidents.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on('pageerror', (e) => incidents.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A missing image is a 404 the deck handles (it falls back to the composed card); anything
    // else logged as an error (a CSP violation, an exception) counts.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) incidents.push(`console: ${m.text()}`);
  });
  return incidents;
}

async function expectNothingRan(page: Page, file: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `${file}: window.__pwned`).toBeUndefined();
  const planted = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (/^(SCRIPT|IFRAME|OBJECT|EMBED|FRAME|LINK|META|BASE)$/.test(el.tagName)) found.push(el.tagName);
      for (const a of el.getAttributeNames()) {
        if (a.startsWith('on')) found.push(`${el.tagName}[${a}]`);
        if (/^(href|src|xlink:href|action|formaction)$/.test(a) && /^\s*(javascript|data:text)/i.test(el.getAttribute(a) ?? '')) found.push(`${el.tagName}[${a}]`);
      }
    }
    return found;
  });
  expect(planted, `${file}: elements or attributes planted by release text`).toEqual([]);
}

for (const group of ['accepted', 'refused'] as const) {
  test(`hostile corpus, ${group} files: nothing runs, the screen is never blank`, async ({ page }) => {
    test.setTimeout(180_000);
    const incidents = watch(page);
    const chosen = files.filter((f) => browserExpectation(f).ok === (group === 'accepted'));
    expect(chosen.length).toBeGreaterThan(5);
    for (const file of chosen) {
      const want = browserExpectation(file);
      await page.goto(`index.html?release=/fixtures/hostile/${encodeURIComponent(file)}`);
      // Before the deck or the problem screen is ready, the page already says what it is doing.
      await expect(page.locator('body'), file).toHaveText(/\S/);
      if (want.ok) {
        // The deck appears once it is paginated; the 10,000-word file is the slow one, and CI runs two
        // workers on two cores, so this waits longer than the default.
        await expect(page.locator('.reveal section.present'), file).toBeVisible({ timeout: 30_000 });
        await expect(page.locator('.reveal section[data-slide-kind="title"] h1'), file).toHaveText(want.title.replace(/\s+/g, ' ').trim());
      } else {
        await expect(page.getByRole('heading', { name: 'This release cannot be shown yet' }), file).toBeVisible();
        await expect(page.locator('.problems > li > code').first(), file).toHaveText(want.first);
      }
      await expectNothingRan(page, file);
      expect(incidents, file).toEqual([]);
    }
  });
}

test('release HTML appears as literal text on the slides', async ({ page }, testInfo) => {
  const incidents = watch(page);
  await page.goto('index.html?release=/fixtures/hostile/accepted-html-in-every-field.release.yaml');
  await expect(page.locator('.reveal section.present')).toBeVisible();
  await expect(page.locator('.reveal section[data-slide-kind="title"] h1')).toHaveText('<script>window.__pwned=1</script> field 0');
  const deckText = await page.locator('.reveal .slides').textContent();
  for (const literal of ['<img src=x onerror="window.__pwned=1"> field 1', '<iframe src="javascript:window.__pwned=1"></iframe> field 2', '<svg onload="window.__pwned=1"></svg> field 3']) {
    expect(deckText).toContain(literal);
  }
  await page.screenshot({ path: testInfo.outputPath('html-as-text.png') });
  await page.goto('index.html?release=/fixtures/hostile/photo-parent-traversal.release.yaml');
  await expect(page.locator('.problems')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('problem-screen.png') });
  await expectNothingRan(page, 'both');
  expect(incidents).toEqual([]);
});

test('the problem screen puts a misspelled field first and folds what follows from it under it', async ({ page }) => {
  await page.goto('index.html?release=/fixtures/hostile/misspelled-organizations.release.yaml');
  const causes = page.locator('.problems > li > code');
  await expect(causes).toHaveText(['misspelled-organizations.release.yaml:19:1: organisations: unknown field (did you mean "organizations"?)']);
  const folded = page.locator('.problems details');
  await expect(folded.locator('summary')).toHaveText('3 more problems follow from this one');
  await expect(folded.locator('li').first()).toBeHidden();
  await folded.locator('summary').click();
  await expect(folded.locator('li code')).toHaveText([
    'misspelled-organizations.release.yaml:14:53: events[0].organizations[0]: no organization has the id "alpha"',
    'misspelled-organizations.release.yaml:17:13: ceremony.parties[0]: no organization has the id "alpha"',
    'misspelled-organizations.release.yaml:17:20: ceremony.parties[1]: no organization has the id "beta"',
  ]);
});

test('a real image beside the release shows; a path the browser cannot load falls back to the composed card', async ({ page }) => {
  const incidents = watch(page);
  await page.goto('index.html?release=/fixtures/hostile/accepted-with-images.release.yaml');
  const photo = page.locator('.reveal section[data-slide-kind="ceremony"] img');
  await expect(photo).toHaveAttribute('alt', 'Two people shaking hands (a grey test square)');
  await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
  // Refused by the Node checks; in a plain browser the file simply is not there.
  await page.goto('index.html?release=/fixtures/hostile/photo-missing-file.release.yaml');
  await expect(page.locator('.reveal section[data-slide-kind="ceremony"]')).toContainText('C');
  await expect(page.locator('.reveal section[data-slide-kind="ceremony"] img')).toHaveCount(0);
  expect(incidents).toEqual([]);
});
