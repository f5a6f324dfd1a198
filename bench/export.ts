/**
 * Export of the default deck as a person runs it: `node bin/pressdeck.mjs export`, cold each run,
 * with where the time goes (the CLI's PRESSDECK_EXPORT_TIMING=1 lines, ms since its process started):
 *   process start   node, tsx, the CLI and its modules, the release read and checked (Chromium
 *                   starts meanwhile)
 *   browser start   what is left of Chromium's start after that
 *   page load       new page, the renderer's files, its scripts run (DOMContentLoaded)
 *   fonts           the faces the deck's text needs (the renderer's pressdeck:fonts measure)
 *   pagination      slides laid out into pages (pressdeck:paginate)
 *   print layout    reveal.js print view, images decoded, layout settled: the print-ready flag
 *   print           Chromium's PDF (or the pictures, for PNG and MP4)
 *   finishing       bookmarks and document information (pdf-lib) or the encoding, and the file written
 * Then the floor (bare Playwright + Chromium printing ten static pages) here, now, and the MP4 of
 * the default release (goal: ≤ 10 s on two cores).
 *   npm run build && npm run bench:export [-- --runs 5] [-- --no-mp4]
 * Goals (issue 13): export ≤ 1.3× the floor; ≤ 0.6× Marp (../shared/bench/peers/run.sh compares).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/node/chromium';
import type { PageTimings } from '../src/node/export/pipeline';
import { DEFAULT_RELEASE_FILE } from '../src/release/defaults';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const releasePath = resolve('slides', DEFAULT_RELEASE_FILE);
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('no Chromium: apt-get install -y chromium, or set PRESSDECK_CHROMIUM');

const STEPS = ['process start', 'browser start', 'page load', 'fonts', 'pagination', 'print layout', 'print', 'finishing'] as const;
type Step = (typeof STEPS)[number];

interface Run {
  wall: number;
  steps: Record<Step, number>;
  bytes: number;
}

function exportOnce(out: string): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', '--release', releasePath, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, PRESSDECK_EXPORT_TIMING: '1' },
  });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(r.stderr);
  const at: Record<string, number> = {};
  let page: PageTimings | undefined;
  for (const line of r.stderr.split('\n')) {
    if (!line.startsWith('{"timing"')) continue;
    const e = JSON.parse(line) as { timing: string; at: number; detail?: PageTimings };
    if (e.detail) page = e.detail;
    else at[e.timing] ??= e.at;
  }
  if (!page) throw new Error('no page timings: is PRESSDECK_EXPORT_TIMING supported by this CLI?');
  // In-page times are from navigation start; the page loaded `domContentLoaded` ms after it began.
  const navStart = at.loaded! - page.domContentLoaded;
  const fontsStart = navStart + (page.fontsStart ?? page.domContentLoaded);
  const fontsEnd = navStart + (page.fontsEnd ?? page.domContentLoaded);
  const paginated = navStart + (page.paginateEnd ?? page.fontsEnd ?? page.domContentLoaded);
  const printStart = at.printing ?? at['laid-out']!;
  const steps: Record<Step, number> = {
    // Before the CLI's first step, plus the child process's own start as this process saw it.
    'process start': at.starting! + (wall - at.done!),
    'browser start': at.browser! - at.starting!,
    'page load': fontsStart - at.browser!,
    fonts: fontsEnd - fontsStart,
    pagination: paginated - fontsEnd,
    'print layout': printStart - paginated,
    print: (at.finishing ?? at.rendered!) - printStart,
    finishing: at.done! - (at.finishing ?? at.rendered!),
  };
  return { wall, steps, bytes: statSync(out).size };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const dir = mkdtempSync(join(tmpdir(), 'pressdeck-bench-'));
try {
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const run = exportOnce(join(dir, `deck-${i}.pdf`));
    results.push(run);
    process.stdout.write(`run ${i + 1}: ${s(run.wall)}\n`);
  }
  const ours = median(results.map((r) => r.wall));
  process.stdout.write(`\n\`pressdeck export\` of the default deck to PDF, whole command: median ${s(ours)} over ${runs} runs; PDF ${results[0]!.bytes} bytes\n`);
  process.stdout.write('where the time goes (medians):\n');
  for (const step of STEPS) process.stdout.write(`  ${step.padEnd(14)} ${s(median(results.map((r) => r.steps[step])))}\n`);

  // The floor on this machine, now: bare Playwright + Chromium printing ten static pages.
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
  process.stdout.write(`floor (in-process Playwright + Chromium, ten static pages): median ${s(floor)}; export/floor = ${(ours / floor).toFixed(2)} (the floor here has no process start; ../shared/bench/peers/run.sh times all three as commands)\n`);

  if (!process.argv.includes('--no-mp4')) {
    const out = join(dir, 'loop.mp4');
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', '--release', releasePath, '--out', out], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (r.status !== 0) process.stderr.write(r.stderr);
    else process.stdout.write(`\nMP4 of the default release's kiosk loop: ${s(wall)} (goal ≤ 10 s on two cores), ${statSync(out).size} bytes; CPU of the machine now: load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
