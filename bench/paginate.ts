/**
 * How long the renderer takes to paginate (measure with real fonts and split) each deck in each font
 * mode, in Chromium, from the built renderer; and how many slide layouts that took. Prints figures;
 * it is not a test. Goals (issue 13, quiet 2-core machine): default deck ≤ 40 ms at standard and
 * ≤ 100 ms at xlarge, stress deck ≤ 250 ms at xlarge, a 10,000-word section ≤ 500 ms at xlarge.
 *   npm run build && npm run bench:paginate [-- --runs 5] [-- --compare DIR] [-- --every]
 * `--compare DIR` runs another renderer build (say main's, copied aside) interleaved with this one;
 * `--every` adds this build laying out every candidate page (`?measure=every`, the reference).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { benchRenderers, loadNote, median } from './renderers';

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
const decks = {
  default: '',
  stress: 'release=/fixtures/releases/stress-long.release.yaml&',
  japanese: 'release=/fixtures/releases/japanese.release.yaml&',
  '10k words': 'release=/fixtures/hostile/accepted-10000-word-section.release.yaml&',
};

const READ = `(() => {
  const m = (name) => performance.getEntriesByName(name).at(-1);
  return {
    paginate: m('pressdeck:paginate')?.duration ?? NaN,
    layouts: m('pressdeck:paginate')?.detail?.layouts ?? NaN,
    fonts: m('pressdeck:fonts')?.duration ?? NaN,
    slides: document.querySelectorAll('.reveal .slides > section').length,
  };
})()`;

const renderers = await benchRenderers();
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
}
