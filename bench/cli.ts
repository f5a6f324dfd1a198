/**
 * Wall time of `pressdeck validate <default release>` from the package's bin, as a person runs it,
 * interleaved with the two things it is compared with, so all three see the same machine load:
 *   node -e 0                        the floor: starting Node at all
 *   node bin/pressdeck.mjs validate  the built CLI (out/cli/, `npm run build:cli`)
 *   the same sources through tsx     how the CLI ran before it was built (compiled at every start)
 *   npm run bench:cli [-- --runs 15]
 * Prints the median and the spread of each, and the CLI's margin over the floor. Goal (issue 13):
 * the built CLI ≤ 0.3 s wall on a quiet machine. Compare ratios from one run, not absolute times
 * across runs: the machines this is measured on are shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { bundleState } from '../cli/bundle.mjs';
import { DEFAULT_RELEASE_FILE } from '../src/release/defaults';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const release = `slides/${DEFAULT_RELEASE_FILE}`;
const state = bundleState(process.cwd());
if (!state.ok) throw new Error(`the CLI bundle is not current (${state.reason}): run \`npm run build:cli\` first`);

const subjects = {
  'node -e 0 (floor)': ['-e', '0'],
  'bin/pressdeck.mjs validate (built)': ['bin/pressdeck.mjs', 'validate', release],
  'cli/main.ts validate through tsx (before)': ['--import', 'tsx', '-e', `import('./cli/main.ts').then((m) => m.main(['validate', ${JSON.stringify(release)}]))`],
} as const;

const times = new Map<string, number[]>(Object.keys(subjects).map((k) => [k, []]));
const once = (args: readonly string[]) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t0;
};
// Two warm-up rounds (file cache), then the measured ones, each round running every subject.
for (let round = -2; round < runs; round++) {
  for (const [name, args] of Object.entries(subjects)) {
    const ms = once(args);
    if (round >= 0) times.get(name)!.push(ms);
  }
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const medians = new Map([...times].map(([k, xs]) => [k, quantile(xs, 0.5)]));
for (const [name, xs] of times) {
  process.stdout.write(`${name.padEnd(44)} median ${s(quantile(xs, 0.5))}  (min ${s(Math.min(...xs))}, p90 ${s(quantile(xs, 0.9))}, ${xs.length} runs)\n`);
}
const [floor, built, before] = [...medians.values()] as [number, number, number];
process.stdout.write(`\nbuilt CLI: ${s(built)} = floor + ${s(built - floor)}; through tsx: ${s(before)} (${(before / built).toFixed(1)}× the built CLI). Goal: built ≤ 0.300 s.\n`);
