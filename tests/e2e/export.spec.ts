/**
 * `pressdeck export` end to end: the real CLI, the built renderer, a system Chromium, and poppler
 * (pdfinfo, pdftotext, pdffonts, pdftohtml) reading the PDF a person would get. Page counts are
 * compared with the slides the print layout actually rendered, read from the same renderer in the
 * test browser, so continuation slides of large font modes count.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseRelease } from '../../src/release/parse';
import { DEFAULT_RELEASE_FILE } from '../../src/release/defaults';
import { waitForPrintPages } from '../../src/node/export/page-script';

const RELEASE = `slides/${DEFAULT_RELEASE_FILE}`;
const parsed = parseRelease(readFileSync(RELEASE, 'utf8'), DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const release = parsed.release;

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressdeck-export-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** As from a shell: without the npm_* variables `npm test` or `npx playwright` leave, which change how pressdeck words its advice. */
function exportCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const shell = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', ...args], {
    encoding: 'utf8',
    env: { ...shell, ...env },
    timeout: 5 * 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const poppler = (tool: string, ...args: string[]) => execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Rendered {
  titles: string[];
  /** Text of slides whose content overflows the canvas in the renderer itself (cut off on screen too). */
  overflowing: string[];
}

/** What the print layout renders: one entry per `.slides > section` once the renderer says it is ready. */
async function renderedSlides(page: Page, query: string): Promise<Rendered> {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`index.html?mode=print&${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
  // The CSP lets reveal's print styles in (by hash): nothing may have been refused.
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  return page.locator('.reveal .slides > section').evaluateAll((els) => ({
    titles: els.map((e) => e.getAttribute('aria-label') ?? ''),
    overflowing: els.filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent ?? ''),
  }));
}

/**
 * The PDF shows what the slides show: no slide of the print layout is clipped, and every sentence of
 * the release is in the text layer. At large sizes a sentence longer than a page runs onto the next
 * one, where the page's kicker and heading come between its halves: `acrossPages` lets up to a few
 * words of those stand between two words of a sentence, in order.
 */
function expectAllSentences(text: string, rendered: Rendered, acrossPages = false) {
  expect(rendered.overflowing, 'slides clipped in the print layout').toEqual([]);
  const found = (s: string) => (acrossPages ? inOrder(text, s) : text.includes(s));
  expect(releaseSentences().filter((s) => !found(s)), 'sentences missing from the PDF text layer').toEqual([]);
}

function inOrder(text: string, sentence: string): boolean {
  // pdftotext joins a word hyphenated at a line end ("IoT-" / "related" → "IoTrelated"): compare without hyphens.
  text = text.replace(/-/g, '');
  const words = sentence.replace(/-/g, '').split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('(?: \\S+){0,12}? ')).test(text);
}

/** Every piece of prose in the release, as a reader would look for it in the PDF. */
function releaseSentences(): string[] {
  const r = release;
  return [
    r.title, r.lead, r.issuer.name, r.issuer.address, r.issuer.phone, r.issuer.copyright,
    ...r.sections.flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.points ?? [])]),
    ...r.events.map((e) => e.text),
    r.ceremony?.caption,
    ...r.organizations.flatMap((o) => [o.name, o.summary, ...(o.points ?? [])]),
  ].filter((s): s is string => typeof s === 'string').map(flat);
}

function checkPdf(file: string, slides: string[], pageSize = { w: 1440, h: 810 }) {
  const info = poppler('pdfinfo', file);
  expect(info).toMatch(new RegExp(`^Pages:\\s+${slides.length}$`, 'm'));
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(new RegExp(`^Title:\\s+${release.title}$`, 'm'));
  expect(info).toMatch(new RegExp(`^Author:\\s+${release.issuer.name}$`, 'm'));
  expect(info).toMatch(/^CreationDate:.*2017/m);
  // Every page, not just the first, has the canvas size (1920×1080 px = 1440×810 pt, 16:9).
  const sizes = [...poppler('pdfinfo', '-f', '1', '-l', String(slides.length), file).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)];
  expect(sizes).toHaveLength(slides.length);
  for (const [, w, h] of sizes) {
    expect(Number(w)).toBeCloseTo(pageSize.w, 0);
    expect(Number(h)).toBeCloseTo(pageSize.h, 0);
  }
  const fonts = poppler('pdffonts', file).split('\n').slice(2).filter((l) => l.trim());
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line.split(/\s+/).at(-5), `font not embedded: ${line}`).toBe('yes');
  const outline = [...poppler('pdftohtml', '-xml', '-stdout', '-i', '-q', file).matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)]
    .map((m) => ({ page: Number(m[1]), title: m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'") }));
  expect(outline).toEqual(slides.map((title, i) => ({ page: i + 1, title })));
  return flat(poppler('pdftotext', '-enc', 'UTF-8', file, '-'));
}

test('the default deck exports to one 16:9 page per slide, with all its text, fonts, title and bookmarks', async ({ page }) => {
  const rendered = await renderedSlides(page, '');
  const slides = rendered.titles;
  expect(slides.length).toBeGreaterThanOrEqual(10);
  const out = join(dir, 'standard.pdf');
  const r = exportCli(['--release', RELEASE, '--out', out]);
  expect(r.stderr).toContain(`Wrote ${slides.length} pages`);
  expect(r.code, r.stderr).toBe(0);
  const text = checkPdf(out, slides);
  // The ITAC summary is one sentence longer than a page even at standard size.
  expectAllSentences(text, rendered, true);
  expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
});

test('an xlarge export prints every slide the xlarge layout renders, with all the text', async ({ page }) => {
  const rendered = await renderedSlides(page, 'font=xlarge');
  const slides = rendered.titles;
  const out = join(dir, 'xlarge.pdf');
  const r = exportCli(['--release', RELEASE, '--out', out, '--font', 'xlarge', '--contrast', 'high']);
  expect(r.code, r.stderr).toBe(0);
  const text = checkPdf(out, slides);
  expect(slides.length, 'xlarge has continuation pages').toBeGreaterThan((await renderedSlides(page, '')).titles.length);
  expectAllSentences(text, rendered, true);
});

test('--notes prints the speaker notes in a band under each slide', async ({ page }) => {
  const slides = (await renderedSlides(page, 'notes=1')).titles;
  const out = join(dir, 'notes.pdf');
  const r = exportCli(['--release', RELEASE, '--out', out, '--notes']);
  expect(r.code, r.stderr).toBe(0);
  const text = checkPdf(out, slides, { w: 1440, h: 1215 });
  for (const notes of [release.sections[0]!.notes!, release.ceremony!.notes!]) expect(text).toContain(flat(notes));
});

test('a 60-slide Japanese deck exports whole, with the Japanese font embedded and searchable', async ({ page }) => {
  test.setTimeout(5 * 60_000);
  const fixture = 'tests/fixtures/releases/sixty-slides-ja.release.yaml';
  const big = parseRelease(readFileSync(fixture, 'utf8'), 'sixty-slides-ja.release.yaml');
  if (!big.ok) throw new Error('fixture is invalid');
  await page.goto(`index.html?mode=print&release=/fixtures/releases/sixty-slides-ja.release.yaml`);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
  const slides = await page.locator('.reveal .slides > section').count();
  expect(slides).toBeGreaterThanOrEqual(60);
  const out = join(dir, 'sixty.pdf');
  const r = exportCli(['--release', fixture, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  expect(poppler('pdfinfo', out)).toMatch(new RegExp(`^Pages:\\s+${slides}$`, 'm'));
  const fonts = poppler('pdffonts', out).split('\n').slice(2).filter((l) => l.trim());
  const jp = fonts.filter((l) => /NotoSansJP/i.test(l));
  expect(jp.length, poppler('pdffonts', out)).toBeGreaterThan(0);
  for (const line of jp) expect(line.split(/\s+/).at(-5)).toBe('yes');
  const text = poppler('pdftotext', '-enc', 'UTF-8', out, '-').replace(/\s+/g, '');
  for (const section of big.release.sections) expect(text).toContain(section.paragraphs![0]!.replace(/\s+/g, ''));
});

test.describe('failures say what went wrong and leave no file behind', () => {
  test('a target in a folder that does not exist', () => {
    const out = join(dir, 'missing-folder', 'deck.pdf');
    const r = exportCli(['--release', RELEASE, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write ${out}: the folder does not exist`);
    expect(existsSync(out)).toBe(false);
  });

  test('a target that is a folder', () => {
    const out = join(dir, 'a-folder');
    mkdirSync(out, { recursive: true });
    const r = exportCli(['--release', RELEASE, '--out', out]);
    // Refused with the other usage errors: a folder is a target only for the formats that take one (formats.ts).
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${out} is a folder: name a file such as deck.pdf, or give --format png or html`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  test('no browser', () => {
    const out = join(dir, 'no-browser.pdf');
    const r = exportCli(['--release', RELEASE, '--out', out], { PRESSDECK_CHROMIUM: '/nonexistent/chromium' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no Chromium at PRESSDECK_CHROMIUM=/nonexistent/chromium');
    expect(existsSync(out)).toBe(false);
  });

  test('an invalid release', () => {
    const out = join(dir, 'invalid.pdf');
    const r = exportCli(['--release', 'tests/fixtures/releases/invalid-types.release.yaml', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid-types.release.yaml:12:23: organizations[0].members.count: expected a whole number, got "many"');
    expect(r.stderr).toContain('is not a valid release');
    expect(existsSync(out)).toBe(false);
  });

  test('a usage error exits 2 and says where the help is', () => {
    const r = exportCli(['--release', RELEASE, '--font', 'huge', '--out', join(dir, 'x.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--font must be one of standard, large, xlarge');
    expect(r.stderr).toContain('See `pressdeck export --help` for the options and an example.');
  });
});

test.describe('an export never waits forever', () => {
  test('slides that cannot be laid out raise the print error flag, which the exporters report', async ({ page }) => {
    // App started pagination without a catch: a failure left the flags unset and an Electron export waiting.
    await page.addInitScript(() => {
      const measure = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this.closest('.pd-measure')) throw new Error('measuring failed (test)');
        return measure.call(this);
      };
    });
    await page.goto('index.html?mode=print');
    await expect(page.locator('html')).toHaveAttribute('data-print-error', /could not be laid out: measuring failed \(test\)/);
    await expect(page.locator('html')).not.toHaveAttribute('data-print-ready', 'true');
    await expect(page.evaluate(waitForPrintPages())).rejects.toThrow('measuring failed (test)');
  });

  test('a renderer that raises neither flag is given up on with a message', async ({ page }) => {
    await page.route((url) => url.pathname === '/fixtures/never.release.yaml', () => {}); // never answered
    await page.goto('index.html?mode=print&release=/fixtures/never.release.yaml');
    await expect(page.evaluate(waitForPrintPages(1000))).rejects.toThrow('the renderer did not finish laying out the slides within 1 s');
  });
});
