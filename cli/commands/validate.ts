import { count, printable } from '../../src/release/messages';
import { problemCount } from '../../src/release/problems';
import { readReleaseOrReport } from '../../src/node/read-release';
import { parseArgs } from '../../src/options/args';
import type { Command } from '../command';

export const validate: Command = {
  summary: 'check release files against the format; prints every problem with file:line:column',
  async run(args) {
    const parsed = parseArgs(args, {});
    if (!parsed.ok || parsed.positional.length === 0) {
      process.stderr.write(`pressdeck validate: ${parsed.ok ? 'name at least one release file' : parsed.error}\nUsage: pressdeck validate <release.yaml>…\n`);
      return 2;
    }
    let failed = false;
    for (const file of parsed.positional) {
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
