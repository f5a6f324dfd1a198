/**
 * How long `pressdeck validate` logic takes on each hostile file, worst first. Prints figures; asserts
 * nothing (the corpus test only bounds each file at 5 s to catch hangs).
 *   npx tsx bench/hostile.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readRelease } from '../src/node/read-release';

const DIR = 'tests/fixtures/hostile';
const RUNS = 5;
const rows: { file: string; median: number; max: number }[] = [];
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml'))) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await readRelease(join(DIR, file), file);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  rows.push({ file, median: times[Math.floor(RUNS / 2)]!, max: times.at(-1)! });
}
rows.sort((a, b) => b.median - a.median);
for (const r of rows.slice(0, 10)) process.stdout.write(`${r.median.toFixed(1).padStart(8)} ms median ${r.max.toFixed(1).padStart(8)} ms max  ${r.file}\n`);
const total = rows.reduce((s, r) => s + r.median, 0);
process.stdout.write(`${rows.length} files, ${total.toFixed(0)} ms in all (median of ${RUNS} runs each)\n`);
