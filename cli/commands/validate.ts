import { count, printable } from '../../src/release/messages';
import { problemCount } from '../../src/release/problems';
import { readReleaseOrReport } from '../../src/node/read-release';
import { readTheme } from '../../src/node/read-theme';
import { formatProblems } from '../../src/release/problems';
import { defineCommand } from '../command';

export const validate = defineCommand({
  summary: 'check release and theme (*.theme.yaml) files; prints every problem with file:line:column',
  operands: '<release.yaml | x.theme.yaml>…',
  options: {},
  examples: ['slides/meti-2017-03-21-itac-aioti-mou.release.yaml', 'brand/acme.theme.yaml'],
  notes: ['Exit code 0 when every file is valid, 1 when one is not. A theme is checked with its logo, font and the contrast of every pair the slides use.'],
  async run({ positional, usage }) {
    if (positional.length === 0) return usage('name at least one release or theme file');
    let failed = false;
    for (const file of positional) {
      if (/\.theme\.ya?ml$/i.test(file)) {
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
});
