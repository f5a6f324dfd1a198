/**
 * Starts the built app in Electron for `pressdeck kiosk` and `pressdeck present`: one function, so
 * both check the same things in the same order before anything opens on a screen:
 *   1. the release (the one named, or the bundled default) reads without problems;
 *   2. kiosk: its settings (--config, or pressdeck.config.json beside the release) are valid;
 *      every mode: the theme it wears (--theme, the config's, the release's) reads and is readable;
 *   3. the app is built (out/main/index.js);
 *   4. the Electron binary is there, fetched with Electron's own installer when it is not;
 * then runs `<electron> <app folder> <app arguments>` and exits with Electron's exit code.
 * A person at a terminal learns about a broken release or config here, not from a dark booth screen.
 */
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { AppOptions } from '../options/app-options';
import { appFiles } from './app-files';
import { electronPackage, ensureElectronBinary, findElectronBinary, type EnsuredBinary } from './electron-binary';
import { loadKioskSettings } from './kiosk-settings';
import { count } from '../release/messages';
import { readReleaseOrReport } from './read-release';
import { chooseTheme, readTheme } from './read-theme';
import { formatProblems } from '../release/problems';

export interface LaunchRequest {
  /** For messages: `pressdeck kiosk`, `pressdeck present`. */
  command: string;
  /** The app's own command line, as src/options/app-options.ts reads it. */
  appArgs: readonly string[];
  options: AppOptions;
  /** The app folder: the project root, holding package.json and out/. */
  appDir: string;
  /** Check everything, then print the command instead of running it (nothing is downloaded). */
  dryRun?: boolean;
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** Injected in tests; default: Electron's installer through ensureElectronBinary. */
  ensureBinary?: () => EnsuredBinary;
  spawn?: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;
}

export async function launchApp(r: LaunchRequest): Promise<number> {
  const env = r.env ?? process.env;
  const out = r.out ?? ((t: string) => void process.stdout.write(t));
  const err = r.err ?? ((t: string) => void process.stderr.write(t));
  const fail = (message: string) => {
    err(`${r.command}: ${message}\n`);
    return 1;
  };

  const files = appFiles(r.appDir);
  const releasePath = r.options.release !== undefined ? resolve(r.options.release) : files.defaultRelease;
  const shown = r.options.release ?? relative(process.cwd(), releasePath);
  const release = await readReleaseOrReport(releasePath, { displayName: shown, write: err });
  if (!release.ok) return fail(`${shown} is not a valid release (${count(release.problems.length, 'problem')}); nothing was started`);

  if (r.options.mode === 'kiosk') {
    const settings = await loadKioskSettings(releasePath, r.options.config, r.options.kiosk);
    if (!settings.ok) {
      err(`${settings.errors.join('\n')}\n`);
      return fail('the kiosk settings are not valid; nothing was started');
    }
  }

  const theme = await readTheme(await chooseTheme({ theme: r.options.theme, config: r.options.config, releasePath, release: release.release }));
  if (!theme.ok) {
    err(formatProblems(theme.problems));
    return fail(`the theme ${theme.file} cannot be used (${count(theme.problems.length, 'problem')}); nothing was started`);
  }

  const notBuilt = existsSync(files.mainBundle) ? undefined : `the app is not built (${relative(process.cwd(), files.mainBundle)} is missing): run \`npm run build\` first`;
  const pkg = electronPackage(r.appDir);
  if (r.dryRun) {
    const found = findElectronBinary(pkg.dir, env);
    out(`${[found.found ? found.path : 'electron', r.appDir, ...r.appArgs].map(quote).join(' ')}\n`);
    // The printed line runs nothing yet without the build or the binary: say what is missing and what fills it.
    // The release and settings were checked, which is what --dry-run answers, so this is not a failure.
    if (notBuilt) err(`${r.command}: ${notBuilt}\n`);
    if (!found.found) err(`${r.command}: the Electron binary is not here yet${found.path ? ` (${found.path})` : ''}: ${r.command} without --dry-run fetches it, or set ELECTRON_OVERRIDE_DIST_PATH\n`);
    return 0;
  }
  if (notBuilt) return fail(notBuilt);

  const binary = (r.ensureBinary ?? (() => ensureElectronBinary(pkg, { env, say: err })))();
  if (!binary.ok) {
    err(binary.message);
    return 1;
  }
  const spawn = r.spawn ?? nodeSpawn;
  return new Promise<number>((done) => {
    const child = spawn(binary.path, [r.appDir, ...r.appArgs], { stdio: 'inherit', env });
    // Ctrl+C in the terminal ends the app too, and this process only once the app has gone.
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const signals = (['SIGINT', 'SIGTERM'] as const).map((s) => [s, forward(s)] as const);
    for (const [s, f] of signals) process.on(s, f);
    const finish = (code: number) => {
      for (const [s, f] of signals) process.off(s, f);
      done(code);
    };
    child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)));
    child.on('error', (e) => {
      err(`${r.command}: could not start Electron at ${binary.path} (${e.message})\n`);
      finish(1);
    });
  });
}

/** For the --dry-run line: a shell could run it as printed. */
function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
