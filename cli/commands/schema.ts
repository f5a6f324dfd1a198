import { releaseJsonSchema } from '../../src/release/schema';
import { themeJsonSchema } from '../../src/theme/schema';
import { writeWhole } from '../../src/node/atomic-write';
import { defineCommand } from '../command';

export const schema = defineCommand({
  summary: 'print the release JSON Schema (or the theme’s, --theme), or write it (as resources/*.schema.json are made)',
  operands: '',
  options: {
    out: { type: 'string', value: 'file.json', help: 'write the schema to this file (whole or not at all) instead of printing it' },
    theme: { type: 'boolean', help: 'the theme file’s schema (*.theme.yaml) instead of the release’s' },
  },
  examples: ['--out resources/release.schema.json', '--theme --out resources/theme.schema.json'],
  async run({ values, positional, usage }) {
    if (positional.length > 0) return usage(`takes no file names (got ${positional.join(' ')}); write the schema with --out <file.json>`);
    const text = `${JSON.stringify(values.theme ? themeJsonSchema() : releaseJsonSchema(), null, 2)}\n`;
    if (values.out === undefined) process.stdout.write(text);
    else await writeWhole(values.out, text);
    return 0;
  },
});
