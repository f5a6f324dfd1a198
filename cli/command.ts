/**
 * What every `pressdeck` command declares; the table in ./commands/index.ts lists them by name.
 * cli/main.ts does what all commands share from these declarations: --help (options from the same
 * table the parser reads, and the examples), usage errors, options npm kept for itself, and the
 * one top-level handler for anything unexpected.
 */
import type { OptionSpecs, OptionValues } from '../src/options/args';

export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** One line: the command list of `pressdeck --help`, and the top of the command's own help. */
  summary: string;
  /** What follows the command name in the usage line, before [options]: `<release.yaml>…`. */
  operands: string;
  options: O;
  /** Arguments after the command name, copy-pasteable from the project folder. */
  examples: readonly string[];
  /** Lines for --help after the examples. */
  notes?: readonly string[];
  /** Returns the exit code: 0 success, 1 failure, 2 usage error. */
  run(input: CommandInput<O>): Promise<number>;
}

export interface CommandInput<O extends OptionSpecs> {
  positional: string[];
  values: OptionValues<O>;
  /** The arguments as given, for commands that hand them on (kiosk, present). */
  args: readonly string[];
  /** Prints `pressdeck <command>: <message>` and where the help is; returns 2. */
  usage(message: string): number;
  /** How to run `command` the way this one was run, for advice: `pressdeck validate`, `npm run validate --`. */
  call(command: string): string;
}

/** Keeps the option table's literal types, so `run` gets typed values. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}
