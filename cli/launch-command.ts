/**
 * `pressdeck kiosk` and `pressdeck present`: the app's own options (src/options/app-options.ts)
 * after `--kiosk` or `--present`, checked, then the app started through src/node/launch-app.ts,
 * which checks the release (and the kiosk settings) first, with --dry-run too.
 * `--display N` is still accepted here and passed on as the app's `--screen N`: this command line
 * never reaches Chromium, which reads `--display` as the X11 display.
 */
import { launchApp } from '../src/node/launch-app';
import { appOptionsFor, parseAppOptions } from '../src/options/app-options';
import { defineOptions } from '../src/options/args';
import { defineCommand } from './command';
import { projectRoot } from './paths';

const LAUNCH_OPTIONS = defineOptions({
  'dry-run': { type: 'boolean', help: 'check the release and settings, then print the command instead of starting the app' },
  display: { type: 'string', value: 'n|name', hidden: true, help: 'the older spelling of --screen' },
});

export function launchCommand(spec: { name: 'kiosk' | 'present'; summary: string; examples: readonly string[]; notes?: readonly string[] }) {
  return defineCommand({
    summary: spec.summary,
    operands: '[release.yaml]',
    options: { ...appOptionsFor(spec.name), ...LAUNCH_OPTIONS },
    examples: spec.examples,
    notes: spec.notes,
    async run({ args, values, usage }) {
      const appArgs = [`--${spec.name}`, ...args.filter((a) => a !== '--dry-run' && a !== `--${spec.name}`).map(screenSpelling)];
      const parsed = parseAppOptions(appArgs);
      if (!parsed.ok) return usage(parsed.error);
      for (const message of parsed.options.deprecated ?? []) process.stderr.write(`pressdeck ${spec.name}: ${message}\n`);
      return launchApp({ command: `pressdeck ${spec.name}`, appArgs, options: parsed.options, appDir: projectRoot(), dryRun: values['dry-run'] === true });
    },
  });
}

/** --display N / --display=N → --screen N / --screen=N */
export function screenSpelling(arg: string): string {
  return arg === '--display' || arg.startsWith('--display=') ? arg.replace('--display', '--screen') : arg;
}
