/**
 * --help text, made from the same declarations the parser reads (src/options/args.ts), so the
 * help cannot list an option the command does not take or miss one it does.
 */
import { defineOptions, formatOptions } from '../src/options/args';
import type { Command } from './command';
import { invocation } from './npm';

type Env = Readonly<Record<string, string | undefined>>;

/** Taken by every command. */
export const GLOBAL_OPTIONS = defineOptions({
  debug: { type: 'boolean', help: 'on an unexpected error, print its stack trace too' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
});

export function commandHelp(name: string, command: Command, env: Env): string {
  const call = invocation(name, env);
  return [
    `Usage: ${call}${command.operands ? ` ${command.operands}` : ''} [options]`,
    '',
    `${capitalize(command.summary)}.`,
    '',
    'Options:',
    formatOptions({ ...command.options, ...GLOBAL_OPTIONS }),
    '',
    command.examples.length === 1 ? 'Example:' : 'Examples:',
    ...command.examples.map((e) => `  ${call} ${e}`),
    ...(command.notes ? ['', ...command.notes] : []),
    '',
  ].join('\n');
}

export function mainHelp(commands: Readonly<Record<string, Command>>, version: string, env: Env): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const call = invocation(undefined, env);
  return [
    `PressDeck ${version}: a structured press release as slides for booth kiosks, briefings and hand-outs.`,
    '',
    `Usage: ${call === 'pressdeck' || call === 'npx pressdeck' ? call : 'pressdeck'} <command> [options]`,
    '',
    'Commands:',
    ...Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --help, --version, --debug (stack traces of unexpected errors)',
    '',
    'From the project folder: `npx pressdeck <command> …`. validate, plan, import and export are npm',
    'scripts too: `npm run plan -- …` (the `--` keeps the options away from npm); kiosk and present are',
    '`npm start -- --kiosk …` and `npm start -- --present …`. `pressdeck <command> --help` lists a',
    'command’s options, with an example.',
    '',
  ].join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
