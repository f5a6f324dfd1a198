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
        process.stdout.write(`${file}: valid (${result.release.organizations.length} organizations, ${result.release.sections.length} sections)\n`);
      } else {
        failed = true;
        process.stderr.write(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
