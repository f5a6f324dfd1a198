/**
 * How long the renderer takes to paginate (measure with real fonts and split) the default deck and
 * the stress fixture in each font mode, in Chromium, from the built renderer. Prints figures; it is
 * not a test. Goal: < 150 ms for the default deck at xlarge on the project machine.
 *   npm run build && npm run bench:paginate
 */
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { startServer } from '../tests/support/serve';

const RUNS = 5;
const decks = { default: '', stress: 'release=/fixtures/releases/stress-long.release.yaml&' };

const server = await startServer(0);
const port = (server.address() as AddressInfo).port;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  console.log('deck     font      slides  fonts ms  paginate ms (median of %d, first run in brackets)', RUNS);
  for (const [name, query] of Object.entries(decks)) {
    for (const font of ['standard', 'large', 'xlarge']) {
      const times: number[] = [];
      let fonts = 0;
      let slides = 0;
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
        await page.goto(`http://127.0.0.1:${port}/index.html?${query}font=${font}&motion=reduced`);
        await page.waitForSelector('.reveal .slides > section.present');
        const m = await page.evaluate(() => ({
          paginate: performance.getEntriesByName('pressdeck:paginate').at(-1)?.duration ?? NaN,
          fonts: performance.getEntriesByName('pressdeck:fonts').at(-1)?.duration ?? NaN,
          slides: document.querySelectorAll('.reveal .slides > section').length,
        }));
        times.push(m.paginate);
        fonts = m.fonts;
        slides = m.slides;
        await page.close();
      }
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.log(`${name.padEnd(8)} ${font.padEnd(9)} ${String(slides).padStart(6)}  ${fonts.toFixed(0).padStart(8)}  ${median.toFixed(1).padStart(11)} [${times[0]!.toFixed(1)}]`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
