/**
 * `pressdeck kiosk` and `pressdeck present`: the app's own options (src/options/app-options.ts)
 * after `--kiosk` or `--present`, checked, then the app started through src/node/launch-app.ts.
 * `--display N` is still accepted here and passed on as the app's `--screen N`: this command line
 * never reaches Chromium, which reads `--display` as the X11 display.
 */
import { fileURLToPath } from 'node:url';
import { launchApp } from '../src/node/launch-app';
import { parseAppOptions } from '../src/options/app-options';
import type { Command } from './command';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));

export function launchCommand(spec: { name: 'kiosk' | 'present'; summary: string; usage: string }): Command {
  return {
    summary: spec.summary,
    async run(args) {
      const dryRun = args.includes('--dry-run');
      const appArgs = [`--${spec.name}`, ...args.filter((a) => a !== '--dry-run' && a !== `--${spec.name}`).map(screenSpelling)];
      const parsed = parseAppOptions(appArgs);
      if (!parsed.ok) {
        process.stderr.write(`pressdeck ${spec.name}: ${parsed.error}\n${spec.usage}\n`);
        return 2;
      }
      for (const message of parsed.options.deprecated ?? []) process.stderr.write(`pressdeck ${spec.name}: ${message}\n`);
      return launchApp({ command: `pressdeck ${spec.name}`, appArgs, options: parsed.options, appDir: APP_DIR.replace(/[\\/]$/, ''), dryRun });
    },
  };
}

/** --display N / --display=N → --screen N / --screen=N */
export function screenSpelling(arg: string): string {
  return arg === '--display' || arg.startsWith('--display=') ? arg.replace('--display', '--screen') : arg;
}
