/**
 * Where the Electron binary is, and fetching it when it is missing. Electron 45 has no install
 * script: its package downloads the binary the first time `require('electron')` runs. The rule
 * below is that package's own (node_modules/electron/index.js), which its CLI and Playwright's
 * `_electron` follow too:
 *
 *   ELECTRON_OVERRIDE_DIST_PATH set → <that folder>/<path.txt, or "electron">, never downloaded
 *   otherwise                       → node_modules/electron/dist/<path.txt>, once fetched
 *
 * electron-vite reads neither: it takes ELECTRON_EXEC_PATH, or path.txt, or throws "Electron
 * uninstall". So the launchers (cli/app-start.ts for npm start / npm run dev, src/node/launch-app.ts
 * for pressdeck kiosk / present) ask this module and hand electron-vite the answer; the Electron
 * tests skip by the same answer. ELECTRON_EXEC_PATH set by hand is overwritten, not obeyed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ElectronPackage {
  /** node_modules/electron of the project. */
  dir: string;
  version: string;
}

export function electronPackage(projectRoot: string): ElectronPackage {
  const manifest = createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json');
  return { dir: dirname(manifest), version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version };
}

export type BinaryLookup =
  | { found: true; path: string; from: 'override' | 'installed' }
  | { found: false; from: 'override' | 'installed'; path?: string };

export function findElectronBinary(pkgDir: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): BinaryLookup {
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, relative || 'electron');
    const exists = existsSync(path) || (platform === 'win32' && existsSync(`${path}.exe`));
    return exists ? { found: true, path, from: 'override' } : { found: false, path, from: 'override' };
  }
  if (!relative) return { found: false, from: 'installed' };
  const path = join(pkgDir, 'dist', relative);
  return existsSync(path) ? { found: true, path, from: 'installed' } : { found: false, path, from: 'installed' };
}

export type EnsuredBinary = { ok: true; path: string; fetched: boolean } | { ok: false; message: string };

export interface EnsureOptions {
  env?: NodeJS.ProcessEnv;
  /** Where progress goes (stderr). */
  say?: (line: string) => void;
  /** Runs Electron's installer; returns its exit code and what it wrote on stderr. */
  runInstaller?: (installJs: string, env: NodeJS.ProcessEnv) => { status: number | null; stderr: string };
}

/** The binary, fetched with Electron's own installer first when it is missing. */
export function ensureElectronBinary(pkg: ElectronPackage, options: EnsureOptions = {}): EnsuredBinary {
  const env = options.env ?? process.env;
  const first = findElectronBinary(pkg.dir, env);
  if (first.found) return { ok: true, path: first.path, fetched: false };
  if (first.from === 'override') {
    return { ok: false, message: unavailable(pkg.version, `ELECTRON_OVERRIDE_DIST_PATH=${env.ELECTRON_OVERRIDE_DIST_PATH} has no Electron executable (looked for ${first.path})`) };
  }
  options.say?.(`Fetching the Electron ${pkg.version} binary (about 100 MB, on first start only)…\n`);
  const run = options.runInstaller ?? runElectronInstaller;
  const result = run(join(pkg.dir, 'install.js'), env);
  const second = findElectronBinary(pkg.dir, env);
  if (result.status === 0 && second.found) return { ok: true, path: second.path, fetched: true };
  const from = env.ELECTRON_MIRROR ? `from ELECTRON_MIRROR=${env.ELECTRON_MIRROR}` : 'from GitHub';
  return { ok: false, message: unavailable(pkg.version, `the binary is not installed and fetching it ${from} failed (${installerError(result.stderr, result.status)})`) };
}

function runElectronInstaller(installJs: string, env: NodeJS.ProcessEnv): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [installJs], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return { status: r.error ? null : r.status, stderr: r.error ? r.error.message : r.stderr };
}

/** The installer prints a stack trace; its first line says what went wrong. */
function installerError(stderr: string, status: number | null): string {
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('at '));
  return line ?? `the installer exited with ${status ?? 'a signal'}`;
}

/** One paragraph: what failed, the way around it, and what works without Electron. */
export function unavailable(version: string, what: string): string {
  return (
    `pressdeck: cannot start the app: ${what}. ` +
    `Electron's package downloads its binary on first use (from GitHub, or from ELECTRON_MIRROR when set). ` +
    `Where that cannot work, copy an Electron ${version} build onto this machine and set ELECTRON_OVERRIDE_DIST_PATH ` +
    `to its folder (the one holding the electron executable). ` +
    `Without Electron, \`npm test\` and \`npm run export\` still work: they use Chromium.\n`
  );
}
