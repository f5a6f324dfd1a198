import { spawn } from 'node:child_process';
import { parseAppOptions } from '../../electron/options';
import type { Command } from './index';

/**
 * `pressdeck kiosk [release] [--display N] [--idle-resume 30s] [--idle-restart] [--daily-reload 03:00]
 * [--exit-chord Ctrl+Alt+Shift+Q] [--speed 1] [--hide-cursor-after 3s] [--config booth.json] [--dry-run]`:
 * checks the options, then starts the built app in kiosk mode (electron-vite preview), or with
 * --dry-run prints the command instead.
 */
export const kiosk: Command = {
  summary: 'start the deck as an unattended booth kiosk (see docs/kiosk.md; --dry-run prints the command)',
  async run(args) {
    const dryRun = args.includes('--dry-run');
    const appArgs = ['--kiosk', ...args.filter((a) => a !== '--dry-run' && a !== '--kiosk')];
    const parsed = parseAppOptions(appArgs);
    if (!parsed.ok) {
      process.stderr.write(`pressdeck kiosk: ${parsed.error}\nUsage: pressdeck kiosk [release.yaml] [--display N|name] [--idle-resume 30s] [--idle-restart] [--daily-reload HH:MM] [--exit-chord Ctrl+Alt+Shift+Q] [--speed 1] [--hide-cursor-after 3s] [--config file.json] [--dry-run]\n`);
      return 2;
    }
    for (const message of parsed.options.deprecated ?? []) process.stderr.write(`pressdeck kiosk: ${message}\n`);
    const command = ['npx', 'electron-vite', 'preview', '--', ...appArgs];
    if (dryRun) {
      process.stdout.write(`${command.join(' ')}\n`);
      return 0;
    }
    return new Promise<number>((done) => {
      const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit' });
      child.on('exit', (code) => done(code ?? 1));
      child.on('error', (e) => {
        process.stderr.write(`pressdeck kiosk: could not start Electron (${e.message})\n`);
        done(1);
      });
    });
  },
};
