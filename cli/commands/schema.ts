import { writeFile } from 'node:fs/promises';
import { releaseJsonSchema } from '../../src/release/schema';
import { parseArgs } from '../../src/options/args';
import type { Command } from '../command';

export const schema: Command = {
  summary: 'print the release JSON Schema (--out FILE to write it, as resources/release.schema.json is)',
  async run(args) {
    const parsed = parseArgs(args, { values: ['out'] });
    if (!parsed.ok) {
      process.stderr.write(`pressdeck schema: ${parsed.error}\n`);
      return 2;
    }
    const text = `${JSON.stringify(releaseJsonSchema(), null, 2)}\n`;
    if (parsed.values.out) await writeFile(parsed.values.out, text);
    else process.stdout.write(text);
    return 0;
  },
};
