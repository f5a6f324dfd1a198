/**
 * `pressdeck <command> …`: the command-line face of the same pipeline the app uses.
 *   pressdeck validate slides/x.release.yaml   → exit 0, or 1 with every problem
 *   pressdeck plan slides/x.release.yaml --json
 */
import { commands } from './commands';

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`pressdeck: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `Usage: pressdeck <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

// Run when executed directly (tsx cli/main.ts …, or bin/pressdeck.mjs), not when imported by tests.
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  run(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => { process.stderr.write(`pressdeck: ${(error as Error).stack ?? String(error)}\n`); process.exitCode = 1; },
  );
}
