/**
 * The renderer builds a bench compares: `out/renderer` (the current build) and, with
 * `--compare DIR`, another build (say, main's, copied aside before a change), run interleaved
 * in one process so both see the same machine load. Each gets its own static server.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startServer } from '../tests/support/serve';

export interface Renderer {
  name: string;
  origin: string;
  close(): void;
}

export async function benchRenderers(argv: string[] = process.argv, extra: Record<string, string> = {}): Promise<Renderer[]> {
  const at = argv.indexOf('--compare');
  const dirs: [string, string][] = [['current', resolve('out/renderer')]];
  if (at > 0 && argv[at + 1]) dirs.unshift(['compare', resolve(argv[at + 1]!)]);
  return Promise.all(
    dirs.map(async ([name, dir]) => {
      const server = await startServer(0, { '/': dir, '/fixtures/': resolve('tests/fixtures'), ...extra });
      return { name, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
    }),
  );
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One-minute load average against the core count, so a reader can judge how quiet the run was. */
export async function loadNote(): Promise<string> {
  const os = await import('node:os');
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} on ${os.cpus().length} cores`;
}
