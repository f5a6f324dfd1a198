/**
 * Whether an Electron binary can be run here without a download: the `electron` package fetches it
 * on first use (since Electron 42), which fails offline. Used by `pressdeck present` and the
 * Electron-level tests to say so clearly instead of failing half-way.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function electronBinaryMissing(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string | undefined {
  if (env.ELECTRON_OVERRIDE_DIST_PATH || env.ELECTRON_EXEC_PATH) return undefined;
  if (existsSync(resolve(root, 'node_modules/electron/path.txt'))) return undefined;
  return 'no Electron binary: node_modules/electron/path.txt is missing and neither ELECTRON_OVERRIDE_DIST_PATH nor ELECTRON_EXEC_PATH is set';
}
