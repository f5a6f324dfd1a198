/**
 * How a person called pressdeck, read from what npm leaves in the environment, so help, examples
 * and advice are in the form they can paste back:
 *   pressdeck plan …            (on the PATH, or node bin/pressdeck.mjs)
 *   npx pressdeck plan …        npm_command=exec
 *   npm run plan -- …           npm_command=run, npm_lifecycle_event=plan
 * and the options npm kept for itself: `npm run export --release x` without `--` leaves
 * npm_config_release=true in the environment and passes only `x` on.
 */
import type { OptionSpecs } from '../src/options/args';

type Env = Readonly<Record<string, string | undefined>>;

/** From one of the project's own npm scripts (not, say, a test runner started by `npm test`). */
function fromOurScript(env: Env): boolean {
  return (env.npm_command === 'run' || env.npm_command === 'run-script') && /\bpressdeck\b|\bcli[\\/]main\b/.test(env.npm_lifecycle_script ?? '');
}

/**
 * The words before a command's arguments: `pressdeck plan`, `npx pressdeck plan`, `npm run plan --`,
 * `npm run cli -- plan`. Asked for another command than the npm script runs (import's advice to
 * validate, from `npm run import`), the form that works from the project folder: `npx pressdeck`.
 */
export function invocation(command: string | undefined, env: Env): string {
  if (fromOurScript(env) && env.npm_lifecycle_event) {
    const event = env.npm_lifecycle_event;
    // The command the script itself names (`node bin/pressdeck.mjs import`), if any.
    const scripted = /pressdeck(?:\.mjs)?\s+([a-z][\w-]*)/.exec(env.npm_lifecycle_script ?? '')?.[1];
    if (scripted === undefined) return command === undefined ? `npm run ${event} --` : `npm run ${event} -- ${command}`;
    if (command === undefined || command === scripted) return `npm run ${event} --`;
    return `npx pressdeck ${command}`;
  }
  const program = env.npm_command === 'exec' ? 'npx pressdeck' : 'pressdeck';
  return command === undefined ? program : `${program} ${command}`;
}

/** Options of this command that npm took for itself, in the table's order. */
export function optionsNpmKept(options: OptionSpecs, env: Env): string[] {
  if (!fromOurScript(env)) return [];
  return Object.keys(options).filter((name) => {
    const value = env[`npm_config_${name.replace(/-/g, '_')}`];
    return value !== undefined && value !== '';
  });
}

/** What to say when npm kept options: which, why, and the line to type instead. */
export function npmKeptMessage(command: string, kept: readonly string[], options: OptionSpecs, passedOn: readonly string[], env: Env): string {
  const event = env.npm_lifecycle_event ?? command;
  const named = kept.map((k) => `--${k}`);
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  // npm reads `--out x.pdf` as a flag and passes `x.pdf` on: which word was whose value is lost.
  const valuesLost = kept.some((k) => options[k]?.type === 'string');
  const suggested = [
    ...(valuesLost ? [] : passedOn),
    ...kept.map((k) => (options[k]?.type === 'string' ? `--${k} <${options[k]!.choices?.join('|') ?? options[k]!.value ?? 'value'}>` : `--${k}`)),
  ];
  return (
    `npm kept ${list} for itself: after \`npm run ${event}\`, options need \`--\` before them. Write:\n` +
    `  ${invocation(command, env)} ${suggested.join(' ')}\n` +
    (valuesLost && passedOn.length > 0 ? `  (npm passed on only: ${passedOn.join(' ')})\n` : '')
  );
}
