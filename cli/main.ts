/**
 * `pressdeck <command> …`: the command-line face of the same pipeline the app uses.
 *   pressdeck validate slides/x.release.yaml   → exit 0, or 1 with every problem
 *   pressdeck plan slides/x.release.yaml --json
 * Runs from the bundle `npm run build` makes (out/cli/main.js, started by bin/pressdeck.mjs), or
 * from these sources through tsx. Exit codes: 0 done, 1 failed, 2 usage error.
 */
import { parseOptions } from '../src/options/args';
import { nearest } from '../src/release/edit-distance';
import type { Command } from './command';
import { commands } from './commands/index';
import { describeError, installProcessHandlers } from './errors';
import { commandHelp, GLOBAL_OPTIONS, mainHelp } from './help';
import { invocation, npmKeptMessage, optionsNpmKept } from './npm';
import { pressdeckVersion } from './paths';

type Env = Readonly<Record<string, string | undefined>>;

let current = 'pressdeck';
let debugging = false;

/** The whole process: handlers for closed pipes and stray errors, then the command's exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  installProcessHandlers(() => current, () => debugging);
  process.exitCode = await run(argv);
}

export async function run(argv: readonly string[], env: Env = process.env): Promise<number> {
  const split = argv.indexOf('--');
  const before = split < 0 ? argv : argv.slice(0, split);
  debugging = before.includes('--debug');
  const [name, ...rest] = before.filter((a) => a !== '--debug');
  const args = [...rest, ...(split < 0 ? [] : argv.slice(split))];
  current = 'pressdeck';
  if (name === undefined) {
    process.stderr.write(mainHelp(commands, pressdeckVersion(), env));
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = args[0] !== undefined && Object.hasOwn(commands, args[0]) ? args[0] : undefined;
    process.stdout.write(topic ? commandHelp(topic, commands[topic]!, env) : mainHelp(commands, pressdeckVersion(), env));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`pressdeck ${pressdeckVersion()}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const near = nearest(name, Object.keys(commands));
    process.stderr.write(`pressdeck: unknown command "${name}"${near ? ` (did you mean "${near}"?)` : ''}\n\n${mainHelp(commands, pressdeckVersion(), env)}`);
    return 2;
  }
  current = `pressdeck ${name}`;
  try {
    return await runCommand(name, command, args, env);
  } catch (e) {
    process.stderr.write(describeError(e, current, debugging));
    return 1;
  }
}

async function runCommand(name: string, command: Command, args: readonly string[], env: Env): Promise<number> {
  const usage = (message: string) => {
    process.stderr.write(`${current}: ${message}\nSee \`${invocation(name, env)} --help\` for the options and an example.\n`);
    return 2;
  };
  const end = args.indexOf('--');
  if ((end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(commandHelp(name, command, env));
    return 0;
  }
  const options = { ...command.options, ...GLOBAL_OPTIONS };
  const parsed = parseOptions(args, options);
  const given = parsed.ok ? (parsed.values as Record<string, unknown>) : {};
  const kept = optionsNpmKept(options, env).filter((k) => given[k] === undefined);
  if (kept.length > 0) {
    process.stderr.write(`${current}: ${npmKeptMessage(name, kept, options, parsed.ok ? parsed.positional : args, env)}`);
    return 2;
  }
  if (!parsed.ok) return usage(parsed.error);
  return command.run({ positional: parsed.positional, values: parsed.values, args, usage, call: (other) => invocation(other, env) });
}
