import { releaseJsonSchema } from '../../src/release/schema';
import { writeWhole } from '../../src/node/atomic-write';
import { defineCommand } from '../command';

export const schema = defineCommand({
  summary: 'print the release JSON Schema, or write it (as resources/release.schema.json is made)',
  operands: '',
  options: {
    out: { type: 'string', value: 'file.json', help: 'write the schema to this file (whole or not at all) instead of printing it' },
  },
  examples: ['--out resources/release.schema.json'],
  async run({ values, positional, usage }) {
    if (positional.length > 0) return usage(`takes no file names (got ${positional.join(' ')}); write the schema with --out <file.json>`);
    const text = `${JSON.stringify(releaseJsonSchema(), null, 2)}\n`;
    if (values.out === undefined) process.stdout.write(text);
    else await writeWhole(values.out, text);
    return 0;
  },
});
