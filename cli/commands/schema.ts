import { writeFile } from 'node:fs/promises';
import { releaseJsonSchema } from '../../src/release/schema';
import { themeJsonSchema } from '../../src/theme/schema';
import { parseArgs } from '../../src/options/args';
import type { Command } from '../command';

export const schema: Command = {
  summary: 'print the release JSON Schema, or the theme\'s with --theme (--out FILE to write it, as resources/*.schema.json are)',
  async run(args) {
    const parsed = parseArgs(args, { flags: ['theme'], values: ['out'] });
    if (!parsed.ok) {
      process.stderr.write(`pressdeck schema: ${parsed.error}\n`);
      return 2;
    }
    const text = `${JSON.stringify(parsed.flags.theme ? themeJsonSchema() : releaseJsonSchema(), null, 2)}\n`;
    if (parsed.values.out) await writeFile(parsed.values.out, text);
    else process.stdout.write(text);
    return 0;
  },
};
