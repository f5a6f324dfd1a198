/**
 * Deck start in the built renderer (not a test): navigation start → first slide painted →
 * `html[data-deck-ready]`, in a fresh browser context each run, with where the time goes: the
 * scripts and styles loaded, the release fetched, fonts, pagination, reveal.js up.
 * Goal (issue 13): ready ≤ 350 ms at standard and ≤ 450 ms at xlarge, the first slide painted before.
 *   npm run build && npm run bench:start [-- --runs 7] [-- --compare DIR]
 * `--compare DIR` runs another renderer build (say main's, copied aside) interleaved with this one.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { benchRenderers, loadNote, median } from './renderers';

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7;
const decks = { default: '', japanese: 'release=/fixtures/releases/japanese.release.yaml&' };

/** Set before any page script: when the first slide is painted (largest contentful paint inside the deck) and when the deck says it is ready. */
const PROBE = `
  window.__start = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (window.__start.painted === undefined && e.element && e.element.closest && e.element.closest('.reveal section')) window.__start.painted = e.renderTime || e.startTime;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    const s = window.__start;
    if (s.mounted === undefined && document.querySelector('.reveal .slides > section')) s.mounted = performance.now();
    if (s.reveal === undefined && document.querySelector('.reveal.ready')) s.reveal = performance.now();
    if (s.ready === undefined && document.documentElement.dataset.deckReady) s.ready = performance.now();
  }).observe(document, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-deck-ready', 'class'] });
`;

const READ = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  const end = (re) => Math.max(0, ...res.filter((r) => re.test(r.name)).map((r) => r.responseEnd));
  const m = (name) => performance.getEntriesByName(name).at(-1);
  const fonts = m('pressdeck:fonts');
  const paginate = m('pressdeck:paginate');
  return {
    code: Math.max(end(/\\.js$/), end(/\\.css$/)),
    parsed: nav.domContentLoadedEventEnd,
    release: end(/\\.ya?ml/),
    fontsFrom: fonts ? fonts.startTime : NaN,
    fonts: fonts ? fonts.duration : NaN,
    paginate: paginate ? paginate.duration : NaN,
    paginated: paginate ? paginate.startTime + paginate.duration : NaN,
    mounted: window.__start.mounted ?? NaN,
    reveal: window.__start.reveal ?? NaN,
    painted: window.__start.painted ?? NaN,
    ready: window.__start.ready ?? NaN,
    fontFiles: res.filter((r) => /\\.woff2?$/.test(r.name)).length,
    slides: document.querySelectorAll('.reveal .slides > section').length,
  };
})()`;

type Figures = Record<string, number>;

const renderers = await benchRenderers();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  console.log(`deck start, median of ${RUNS} cold page loads each (ms from navigation start); ${await loadNote()}`);
  console.log('build    deck      font      slides  code  DOM  release  fonts(files)  paginate  mounted  reveal  painted  ready');
  for (const [deck, query] of Object.entries(decks)) {
    for (const font of ['standard', 'xlarge']) {
      const runs = new Map<string, Figures[]>(renderers.map((r) => [r.name, []]));
      for (let i = 0; i < RUNS; i++) {
        for (const r of renderers) {
          const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
          await context.addInitScript(PROBE);
          const page = await context.newPage();
          await page.goto(`${r.origin}/index.html?${query}font=${font}&motion=reduced`);
          await page.waitForSelector('html[data-deck-ready]');
          runs.get(r.name)!.push((await page.evaluate(READ)) as Figures);
          await context.close();
        }
      }
      for (const r of renderers) {
        const all = runs.get(r.name)!;
        const med = (k: string) => median(all.map((f) => f[k]!));
        const ms = (k: string, w: number) => med(k).toFixed(0).padStart(w);
        console.log(
          `${r.name.padEnd(8)} ${deck.padEnd(9)} ${font.padEnd(9)} ${String(med('slides')).padStart(6)}  ${ms('code', 4)} ${ms('parsed', 4)}  ${ms('release', 7)}  ${ms('fonts', 5)} (${String(med('fontFiles')).padStart(3)})  ${ms('paginate', 8)}  ${ms('mounted', 7)}  ${ms('reveal', 6)}  ${ms('painted', 7)}  ${ms('ready', 5)}`,
        );
      }
    }
  }
  console.log('code: last script/style byte; release: YAML fetched; fonts and paginate: durations; mounted: slides in the DOM; reveal: reveal.js ready; painted: first slide on screen (largest contentful paint in the deck)');
} finally {
  await browser.close();
  for (const r of renderers) r.close();
}
