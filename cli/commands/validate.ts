import { count, printable } from '../../src/release/messages';
import { problemCount } from '../../src/release/problems';
import { readReleaseOrReport } from '../../src/node/read-release';
import { defineCommand } from '../command';

export const validate = defineCommand({
  summary: 'check release files against the format; prints every problem with file:line:column',
  operands: '<release.yaml>…',
  options: {},
  examples: ['slides/meti-2017-03-21-itac-aioti-mou.release.yaml'],
  notes: ['Exit code 0 when every file is valid, 1 when one is not.'],
  async run({ positional, usage }) {
    if (positional.length === 0) return usage('name at least one release file');
    let failed = false;
    for (const file of positional) {
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
});
