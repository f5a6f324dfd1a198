/**
 * Command-line options, declared once: the same table gives the parser (Node's own util.parseArgs),
 * the value types and the --help text. Used by every `pressdeck` command and by the app's own
 * command line (./app-options.ts).
 *
 *   const OPTIONS = defineOptions({ json: { type: 'boolean', help: 'the full plan as JSON' } });
 *   parseOptions(['a.yaml', '--json'], OPTIONS) → { ok: true, positional: ['a.yaml'], values: { json: true } }
 *   formatOptions(OPTIONS) → '  --json  the full plan as JSON'
 *
 * util.parseArgs rather than a library: it costs nothing at start-up (the CLI's budget is 0.3 s),
 * ships with every Node the project supports, and its tokens let this module word every usage
 * error the same way (`unknown option --jsn (did you mean --json?)`) instead of passing on Node's
 * long English messages. A tagged result instead of throwing, so callers report usage errors alike.
 */
import { parseArgs } from 'node:util';
import { nearest } from '../release/edit-distance';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** One line for --help. */
  readonly help: string;
  /** The value's name in --help: `--out <file.pdf>`; `<choice|choice>` when choices are given. */
  readonly value?: string;
  readonly choices?: readonly string[];
  /** A one-letter alias: -h for --help. */
  readonly short?: string;
  /** Accepted but left out of --help (an older spelling kept working). */
  readonly hidden?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S extends { choices: readonly (infer C extends string)[] } ? C : string;

/** The values a table of options parses to, typed from the table itself. */
export type OptionValues<O extends OptionSpecs> = { -readonly [K in keyof O]?: ValueOf<O[K]> };

export type ParsedArgs<O extends OptionSpecs> = { ok: true; positional: string[]; values: OptionValues<O> } | { ok: false; error: string };

/** Keeps the literal types of a table (choices become a union) while checking its shape. */
export function defineOptions<const O extends OptionSpecs>(options: O): O {
  return options;
}

export function parseOptions<O extends OptionSpecs>(args: readonly string[], specs: O): ParsedArgs<O> {
  // Not strict: unknown options and missing values come back as tokens, worded below.
  const config = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [name, { type: s.type, ...(s.short ? { short: s.short } : {}) }]),
  ) as Record<string, { type: 'string' | 'boolean'; short?: string }>;
  const { tokens } = parseArgs({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const values: Record<string, string | boolean> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) return { ok: false, error: unknownOption(token.rawName, specs) };
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return { ok: false, error: `${token.rawName} takes no value` };
      values[token.name] = true;
      continue;
    }
    // `--out --json`: util.parseArgs would take "--json" as the file name.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      return { ok: false, error: `${token.rawName} needs a value${spec.value ? ` (${valueName(spec)})` : ''}` };
    }
    if (spec.choices && !spec.choices.includes(token.value)) {
      return { ok: false, error: `--${token.name} must be one of ${spec.choices.join(', ')}, got "${token.value}"` };
    }
    values[token.name] = token.value;
  }
  return { ok: true, positional, values: values as OptionValues<O> };
}

function unknownOption(raw: string, specs: OptionSpecs): string {
  const known = Object.entries(specs).filter(([, s]) => !s.hidden).map(([n]) => n);
  const near = raw.startsWith('--') ? nearest(raw.slice(2), known) : undefined;
  return `unknown option ${raw}${near ? ` (did you mean --${near}?)` : ''}`;
}

function valueName(spec: OptionSpec): string {
  return spec.choices ? spec.choices.join('|') : (spec.value ?? 'value');
}

/** The options part of --help: one line each, descriptions aligned and wrapped to `width`. */
export function formatOptions(specs: OptionSpecs, width = 100): string {
  const rows = Object.entries(specs)
    .filter(([, s]) => !s.hidden)
    .map(([name, s]) => [`${s.short ? `-${s.short}, ` : ''}--${name}${s.type === 'string' ? ` <${valueName(s)}>` : ''}`, s.help] as const);
  const left = Math.min(34, Math.max(...rows.map(([l]) => l.length)));
  return rows
    .map(([l, help]) => {
      const indent = 2 + left + 2;
      const lines = wrap(help, Math.max(30, width - indent));
      const first = l.length > left ? `  ${l}\n${' '.repeat(indent)}` : `  ${l.padEnd(left)}  `;
      return first + lines.join(`\n${' '.repeat(indent)}`);
    })
    .join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
