/**
 * Accelerated kiosk soak (not a test): the built renderer in Chromium, kiosk mode at a time-scale of
 * ×1000, until the loop has advanced ADVANCES times (default 2,000). Prints JS heap and DOM node
 * counts at start and end (after a forced GC), so a leak per advance shows as growth.
 *   npm run build && npm run bench:soak [-- 5000]
 */
import { chromium } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { startServer } from '../tests/support/serve';

const ADVANCES = Number(process.argv[2] ?? 2000);
const SPEED = 1000;

const server = await startServer(Number(process.env.PRESSDECK_BENCH_PORT ?? 0));
const port = (server.address() as AddressInfo).port;
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium: set PRESSDECK_CHROMIUM');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

async function measure(label: string) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const dom = await page.evaluate(() => document.querySelectorAll('*').length);
  const advances = await page.evaluate(() => (window as unknown as { __advances: number }).__advances);
  const row = { label, advances, jsHeapUsedMB: +(m.JSHeapUsedSize! / 1048576).toFixed(2), jsHeapTotalMB: +(m.JSHeapTotalSize! / 1048576).toFixed(2), cdpNodes: m.Nodes, domElements: dom, listeners: m.JSEventListeners };
  process.stdout.write(`${JSON.stringify(row)}\n`);
  return row;
}

await page.addInitScript(() => {
  (window as unknown as { __advances: number }).__advances = 0;
  // reveal.js dispatches its events on the .reveal element as DOM events too.
  document.addEventListener('slidechanged', () => (window as unknown as { __advances: number }).__advances++, true);
});
await page.goto(`http://127.0.0.1:${port}/index.html?mode=kiosk&speed=${SPEED}`);
await page.locator('.reveal section.present').waitFor();
await page.waitForTimeout(500);
const start = await measure('start');
const t0 = Date.now();
await page.waitForFunction((n) => (window as unknown as { __advances: number }).__advances >= n, ADVANCES + start.advances, { timeout: 0, polling: 500 });
const seconds = (Date.now() - t0) / 1000;
const end = await measure('end');
process.stdout.write(
  `\n${end.advances - start.advances} advances in ${seconds.toFixed(1)} s; JS heap ${start.jsHeapUsedMB} → ${end.jsHeapUsedMB} MB; ` +
    `DOM elements ${start.domElements} → ${end.domElements}; CDP nodes ${start.cdpNodes} → ${end.cdpNodes}; listeners ${start.listeners} → ${end.listeners}\n`,
);
await browser.close();
server.close();
