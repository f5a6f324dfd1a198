/**
 * `pressdeck present [release.yaml] [--display n] [--auto]`: checks the release, then opens the
 * briefing (audience + presenter windows) through electron-vite, as `npm start -- --present` does.
 * Without an Electron binary it says how to start instead.
 */
import { spawn } from 'node:child_process';
import { formatProblems } from '../../src/release/problems';
import { readRelease } from '../../src/node/read-release';
import { parseArgs } from '../args';
import { electronBinaryMissing } from '../electron-binary';
import type { Command } from './index';

const USAGE = 'Usage: pressdeck present [release.yaml] [--display <n|id>] [--auto]\n';

/** The app's own command line for these arguments (electron/options.ts reads it). */
export function presentArgs(args: readonly string[]): { ok: true; appArgs: string[]; release?: string } | { ok: false; error: string } {
  const parsed = parseArgs(args, { flags: ['auto'], values: ['display'] });
  if (!parsed.ok) return parsed;
  if (parsed.positional.length > 1) return { ok: false, error: 'name at most one release file' };
  const release = parsed.positional[0];
  const appArgs = ['--present', ...(parsed.values.display ? ['--display', parsed.values.display] : []), ...(parsed.flags.auto ? ['--auto'] : []), ...(release ? [release] : [])];
  return { ok: true, appArgs, ...(release ? { release } : {}) };
}

export const present: Command = {
  summary: 'open a briefing: slides full screen for the room, presenter view (notes, next slide, timer) for the speaker',
  async run(args) {
    const parsed = presentArgs(args);
    if (!parsed.ok) {
      process.stderr.write(`pressdeck present: ${parsed.error}\n${USAGE}`);
      return 2;
    }
    if (parsed.release) {
      const result = await readRelease(parsed.release);
      if (!result.ok) {
        process.stderr.write(formatProblems(result.problems));
        return 1;
      }
    }
    const command = ['electron-vite', 'preview', '--', ...parsed.appArgs];
    const missing = electronBinaryMissing();
    if (missing) {
      process.stderr.write(`pressdeck present: ${missing}.\nWith a binary in place, start the briefing with:\n  npm start -- ${parsed.appArgs.join(' ')}\n`);
      return 1;
    }
    const child = spawn('npx', command, { stdio: 'inherit' });
    return new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
  },
};
