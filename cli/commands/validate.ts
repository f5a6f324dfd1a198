import { count, printable } from '../../src/release/messages';
import { problemCount } from '../../src/release/problems';
import { readReleaseOrReport } from '../../src/node/read-release';
import { readTheme } from '../../src/node/read-theme';
import { formatProblems } from '../../src/release/problems';
import { parseArgs } from '../../src/options/args';
import type { Command } from '../command';

export const validate: Command = {
  summary: 'check release and theme (*.theme.yaml) files; prints every problem with file:line:column',
  async run(args) {
    const parsed = parseArgs(args, {});
    if (!parsed.ok || parsed.positional.length === 0) {
      process.stderr.write(`pressdeck validate: ${parsed.ok ? 'name at least one release file' : parsed.error}\nUsage: pressdeck validate <release.yaml | x.theme.yaml>…\n`);
      return 2;
    }
    let failed = false;
    for (const file of parsed.positional) {
      if (/\.theme\.ya?ml$/i.test(file)) {
        // A theme: the schema, its logo and font, and the contrast of every pair the slides use.
        const theme = await readTheme({ value: file, base: process.cwd(), from: file });
        if (theme.ok) process.stdout.write(`${printable(`${file}: valid theme "${theme.theme.name}"`)}\n`);
        else {
          failed = true;
          process.stderr.write(formatProblems(theme.problems));
          process.stderr.write(`${printable(`${file}: ${problemCount(theme.problems)}`)}\n`);
        }
        continue;
      }
      const result = await readReleaseOrReport(file);
      if (result.ok) {
        const { organizations, sections } = result.release;
        process.stdout.write(`${printable(`${file}: valid (${count(organizations.length, 'organization')}, ${count(sections.length, 'section')})`)}\n`);
      } else {
        failed = true;
        process.stderr.write(`${printable(`${file}: ${problemCount(result.problems)}`)}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
