/**
 * Accelerated kiosk soak (not a test): the built renderer in Chromium, kiosk mode at a time-scale of
 * ×1000 (test-only, set before the page loads: no URL can speed a kiosk up), until the loop has
 * advanced ADVANCES times (default 2,000). Every 500 advances a visitor changes the font mode (a key
 * press, which pauses the loop until it resumes by itself after 1 s) and the release file is edited
 * on disk (the page polls it, as the kiosk watches it). At the end the font mode and the release are
 * back where they started, so the counts compare like with like.
 * Prints JS heap (after a forced GC), DOM element, document node, detached-tree, CDP node and event-listener
 * counts at start and end.
 *   npm run build && npm run bench:soak [-- 10000]
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { startServer } from '../tests/support/serve';

const ADVANCES = Number(process.argv[2] ?? 2000);
const EVERY = 500;
/** Test-only time-scale, set before the page loads (src/app/test-hooks.ts): no URL can speed a kiosk up. */
const TIME_SCALE = 1000;

const dir = mkdtempSync(join(tmpdir(), 'pressdeck-soak-'));
const releaseFile = join(dir, 'soak.release.yaml');
copyFileSync('slides/meti-2017-03-21-itac-aioti-mou.release.yaml', releaseFile);
const original = readFileSync(releaseFile, 'utf8');
const edited = original.replace(/^title: (.*)$/m, 'title: $1 (edited)');

const server = await startServer(Number(process.env.PRESSDECK_BENCH_PORT ?? 0), { '/': resolve('out/renderer'), '/soak/': dir });
const port = (server.address() as AddressInfo).port;
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium: set PRESSDECK_CHROMIUM');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
await cdp.send('DOM.enable');

type Win = { __advances: number };
const advances = () => page.evaluate(() => (window as unknown as Win).__advances);

async function measure(label: string) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const dom = await page.evaluate(() => document.querySelectorAll('*').length);
  // Every node in the document, text and comments (Svelte's anchors) included.
  const docNodes = await page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  });
  // CDP's `Nodes` also counts nodes Blink has not swept yet; detached trees that script still holds
  // are the leak that matters, and DOM.getDetachedDomNodes lists them.
  const { detachedNodes: held } = await cdp.send('DOM.getDetachedDomNodes');
  const describe = ({ treeNode: n }: (typeof held)[number]) => `${n.nodeName.toLowerCase()}${n.attributes?.[0] === 'class' ? `.${n.attributes[1]!.split(' ')[0]}` : ''}`;
  process.stdout.write(`  detached trees held by script: ${held.map(describe).join(', ') || 'none'}\n`);
  const row = { label, advances: await advances(), jsHeapUsedMB: +(m.JSHeapUsedSize! / 1048576).toFixed(2), cdpNodes: m.Nodes, domElements: dom, docNodes, detachedRoots: held.length, listeners: m.JSEventListeners };
  process.stdout.write(`${JSON.stringify(row)}\n`);
  return row;
}

/** A visitor presses a font key; the loop pauses, then resumes by itself after the idle time. */
async function fontKey(key: '+' | '0') {
  await page.keyboard.press(key);
  await page.locator('.reveal .slides > section.present').waitFor();
}

await page.addInitScript((timeScale) => {
  (window as unknown as { __PRESSDECK_TEST__: object }).__PRESSDECK_TEST__ = { timeScale };
  (window as unknown as Win).__advances = 0;
  // reveal.js dispatches its events on the .reveal element as DOM events too.
  document.addEventListener('slidechanged', () => (window as unknown as Win).__advances++, true);
}, TIME_SCALE);
await page.goto(`http://127.0.0.1:${port}/index.html?mode=kiosk&idleResume=1000&watch=1&font=standard&release=/soak/soak.release.yaml`);
await page.locator('.reveal section.present').waitFor();
await page.waitForTimeout(1000);
// Playwright's first waitForFunction injects its own script into the page, which adds 13 listeners
// to window (pointer, mouse and touch events, `__playwright_global_listeners_check__`). Inject it before
// the first count so the listener figures are the app's alone.
await page.waitForFunction(() => true);
const start = await measure('start');
const t0 = Date.now();
let changes = 0;
for (let target = start.advances + EVERY; target <= start.advances + ADVANCES; target += EVERY) {
  await page.waitForFunction((n) => (window as unknown as Win).__advances >= n, target, { timeout: 0, polling: 250 });
  // Font mode: standard → large → xlarge → standard …; the release: edited ↔ original.
  await fontKey(changes % 3 === 2 ? '0' : '+');
  writeFileSync(releaseFile, changes % 2 === 0 ? edited : original);
  changes++;
  process.stdout.write(`  ${target - start.advances} advances, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}
// Back to where it started before the final count.
await fontKey('0');
writeFileSync(releaseFile, original);
await page.waitForFunction(() => !document.title.includes('(edited)'), undefined, { timeout: 10_000 });
await page.waitForTimeout(3000);
const seconds = (Date.now() - t0) / 1000;
const end = await measure('end');
process.stdout.write(
  `\n${end.advances - start.advances} advances in ${seconds.toFixed(1)} s, ${changes} font-mode changes and ${changes} release reloads; ` +
    `JS heap ${start.jsHeapUsedMB} → ${end.jsHeapUsedMB} MB (${(end.jsHeapUsedMB - start.jsHeapUsedMB).toFixed(2)} MB); ` +
    `DOM elements ${start.domElements} → ${end.domElements}; document nodes ${start.docNodes} → ${end.docNodes}; ` +
    `detached trees held by script ${start.detachedRoots} → ${end.detachedRoots}; CDP nodes ${start.cdpNodes} → ${end.cdpNodes}; listeners ${start.listeners} → ${end.listeners}\n`,
);
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });
