/**
 * A tagged result instead of throwing, so every command reports usage errors the same way.
 *   parseArgs(['a.yaml', '--json'], { flags: ['json'] }) → { ok: true, positional: ['a.yaml'], flags: { json: true }, values: {} }
 */
export interface ArgSpec {
  flags?: readonly string[];
  values?: readonly string[];
}

export type ParsedArgs =
  | { ok: true; positional: string[]; flags: Record<string, boolean>; values: Record<string, string> }
  | { ok: false; error: string };

export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, boolean> = {};
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags?.includes(name)) { flags[name] = true; continue; }
    if (spec.values?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return { ok: false, error: `--${name} needs a value` };
      values[name] = value;
      continue;
    }
    return { ok: false, error: `unknown option --${name}` };
  }
  return { ok: true, positional, flags, values };
}
