/**
 * How long the renderer takes to paginate (measure with real fonts and split) each deck in each font
 * mode, in Chromium, from the built renderer; and how many slide layouts that took. Prints figures;
 * it is not a test. Goals (issue 13, quiet 2-core machine): default deck ≤ 40 ms at standard and
 * ≤ 100 ms at xlarge, stress deck ≤ 250 ms at xlarge, a 10,000-word section ≤ 500 ms at xlarge.
 *   npm run build && npm run bench:paginate [-- --runs 5] [-- --compare DIR] [-- --every] [-- --decks default,stress]
 * `--compare DIR` runs another renderer build (say main's, copied aside) interleaved with this one;
 * `--every` adds this build laying out every candidate page (`?measure=every`, the reference).
 * "10k words" is the default release with one section of 10,000 words in distinct sentences, made
 * here (the hostile fixture's 10,000 words repeat eight words, so its pages repeat too).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { benchRenderers, loadNote, median } from './renderers';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 5);
const all = {
  default: '',
  stress: 'release=/fixtures/releases/stress-long.release.yaml&',
  japanese: 'release=/fixtures/releases/japanese.release.yaml&',
  '10k words': 'release=/bench/long-section.release.yaml&',
};
const wanted = option('--decks')?.split(',');
const decks = Object.fromEntries(Object.entries(all).filter(([name]) => !wanted || wanted.includes(name)));

const dir = mkdtempSync(join(tmpdir(), 'pressdeck-bench-'));
writeFileSync(join(dir, 'long-section.release.yaml'), longSection());

/** The default release, its first section 10,000 words long, every sentence different. */
function longSection(): string {
  const release = parse(readFileSync('slides/meti-2017-03-21-itac-aioti-mou.release.yaml', 'utf8'));
  const topics = ['standardization', 'security', 'interoperability', 'smart manufacturing', 'mobility', 'healthcare', 'energy', 'agriculture'];
  const sentences: string[] = [];
  for (let i = 0, words = 0; words < 10_000; i++) {
    const s = `In meeting ${i + 1}, the working group on ${topics[i % topics.length]} reviewed item ${i * 7 + 3} and agreed on the next step for ${topics[(i * 3) % topics.length]}.`;
    sentences.push(s);
    words += s.split(' ').length;
  }
  const paragraphs = Array.from({ length: Math.ceil(sentences.length / 4) }, (_, p) => sentences.slice(p * 4, p * 4 + 4).join(' '));
  release.sections[0] = { heading: 'A very long section', paragraphs };
  return stringify(release, { lineWidth: 0 });
}

const READ = `(() => {
  const m = (name) => performance.getEntriesByName(name).at(-1);
  return {
    paginate: m('pressdeck:paginate')?.duration ?? NaN,
    layouts: m('pressdeck:paginate')?.detail?.layouts ?? NaN,
    fonts: m('pressdeck:fonts')?.duration ?? NaN,
    slides: document.querySelectorAll('.reveal .slides > section').length,
  };
})()`;

const renderers = await benchRenderers(process.argv, { '/bench/': dir });
const variants = renderers.flatMap((r) => [
  { name: r.name, origin: r.origin, extra: '' },
  ...(r.name === 'current' && process.argv.includes('--every') ? [{ name: 'every', origin: r.origin, extra: '&measure=every' }] : []),
]);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  console.log(`pagination, median of ${RUNS} page loads each (first run in brackets); ${await loadNote()}`);
  console.log('build    deck       font      slides  layouts  fonts ms  paginate ms');
  for (const [deck, query] of Object.entries(decks)) {
    for (const font of ['standard', 'large', 'xlarge']) {
      const runs = new Map<string, Record<string, number>[]>(variants.map((v) => [v.name, []]));
      for (let i = 0; i < RUNS; i++) {
        for (const v of variants) {
          const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
          await page.goto(`${v.origin}/index.html?${query}font=${font}&motion=reduced${v.extra}`);
          await page.waitForSelector('html[data-deck-ready]', { timeout: 120_000 });
          runs.get(v.name)!.push((await page.evaluate(READ)) as Record<string, number>);
          await page.close();
        }
      }
      for (const v of variants) {
        const all = runs.get(v.name)!;
        const med = (k: string) => median(all.map((f) => f[k]!));
        console.log(
          `${v.name.padEnd(8)} ${deck.padEnd(10)} ${font.padEnd(9)} ${String(med('slides')).padStart(6)}  ${Number.isNaN(med('layouts')) ? '      -' : String(med('layouts')).padStart(7)}  ${med('fonts').toFixed(0).padStart(8)}  ${med('paginate').toFixed(1).padStart(11)} [${all[0]!.paginate!.toFixed(1)}]`,
        );
      }
    }
  }
} finally {
  await browser.close();
  for (const r of renderers) r.close();
  rmSync(dir, { recursive: true, force: true });
}
