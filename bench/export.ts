/**
 * Wall time of a headless PDF export of the default deck, cold: each run starts Chromium, loads
 * the built renderer, waits for the print layout, prints, finishes the PDF and writes it.
 *   npm run bench:export [-- --runs 5]
 * Prints each run, the median, and the PDF's size in bytes. Needs `npm run build` first.
 * Reference points for the same ten slides: Marp CLI 2.1 s, Slidev 6.6 s, bare Playwright +
 * Chromium print of ten static pages 1.0 s (the floor). Goal: 1.4 s or less.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/node/chromium';
import { startChromium } from '../src/node/export/engine-chromium';
import { runExport } from '../src/node/export/pipeline';
import { readRelease } from '../src/node/read-release';
import { DEFAULT_RELEASE_FILE } from '../src/release/defaults';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const releasePath = resolve('slides', DEFAULT_RELEASE_FILE);
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('no Chromium: apt-get install -y chromium, or set PRESSDECK_CHROMIUM');
const parsed = await readRelease(releasePath);
if (!parsed.ok) throw new Error('default release is invalid');

const dir = mkdtempSync(join(tmpdir(), 'pressdeck-bench-'));
const times: number[] = [];
let bytes = 0;
let pages = 0;
try {
  for (let i = 0; i < runs; i++) {
    const target = join(dir, `deck-${i}.pdf`);
    const t0 = performance.now();
    const result = await runExport({
      release: parsed.release,
      releasePath,
      target,
      options: { format: 'pdf' },
      engine: () => startChromium({ chromiumPath, rendererDir: resolve('out/renderer'), releasePath, release: parsed.release }),
    });
    const ms = performance.now() - t0;
    times.push(ms);
    bytes = statSync(target).size;
    pages = result.pages;
    process.stdout.write(`run ${i + 1}: ${(ms / 1000).toFixed(2)} s\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ours = median(times);

// The floor on this machine, now: bare Playwright + Chromium printing ten static pages. Shared
// machines vary a lot with load; the ratio to the floor is the figure that travels.
const floors: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.setContent(Array.from({ length: 10 }, (_, n) => `<section style="width:1920px;height:1080px;break-after:page"><h1>Slide ${n + 1}</h1><p>Text.</p></section>`).join(''));
  await page.pdf({ width: '1920px', height: '1080px', printBackground: true });
  await browser.close();
  floors.push(performance.now() - t0);
}
const floor = median(floors);

// The whole command as a person runs it, once: process start, TypeScript loading, everything.
const cliTarget = join(tmpdir(), `pressdeck-bench-cli-${process.pid}.pdf`);
const c0 = performance.now();
const cli = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'export', '--release', releasePath, '--out', cliTarget], { encoding: 'utf8' });
const cliMs = performance.now() - c0;
rmSync(cliTarget, { force: true });
if (cli.status !== 0) process.stderr.write(cli.stderr);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
process.stdout.write(`\nexport of the default deck (${pages} slides), cold incl. Chromium start: median ${s(ours)} over ${runs} runs\n`);
process.stdout.write(`PDF size: ${bytes} bytes\n`);
process.stdout.write(`floor (bare Playwright + Chromium, ten static pages) here, now: median ${s(floor)}; export/floor = ${(ours / floor).toFixed(2)}\n`);
process.stdout.write(`\`pressdeck export\` command, end to end (node + tsx start included): ${s(cliMs)}\n`);
