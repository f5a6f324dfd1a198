/**
 * Vitest's global setup: the unit tests run `bin/pressdeck.mjs` as a person does, and it runs the
 * bundle in out/cli/. Rebuilt here when it is missing or older than its sources, so the tests
 * always check the code as it is (and bin/ never falls back to the sources with a notice).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { bundleState } from '../../cli/bundle.mjs';

export default async function buildCli(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (bundleState(root).ok) return;
  await build({ configFile: resolve(root, 'cli/vite.config.ts'), logLevel: 'warn' });
}
