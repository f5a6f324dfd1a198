import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineOptions, formatOptions, parseOptions } from './args';

const OPTIONS = defineOptions({
  out: { type: 'string', value: 'file.pdf', help: 'where the PDF goes' },
  font: { type: 'string', choices: ['standard', 'large', 'xlarge'], help: 'text size' },
  json: { type: 'boolean', help: 'the full plan as JSON' },
  help: { type: 'boolean', short: 'h', help: 'this help' },
  display: { type: 'string', hidden: true, help: 'old spelling of --screen' },
});

describe('parseOptions', () => {
  it('reads positionals, values (spaced or inline) and flags, typed from the table', () => {
    const r = parseOptions(['a.yaml', '--out', 'x.pdf', '--font=large', '--json', '-h', '--', '--not-an-option'], OPTIONS);
    expect(r).toEqual({ ok: true, positional: ['a.yaml', '--not-an-option'], values: { out: 'x.pdf', font: 'large', json: true, help: true } });
    if (r.ok) expectTypeOf(r.values.font).toEqualTypeOf<'standard' | 'large' | 'xlarge' | undefined>();
    if (r.ok) expectTypeOf(r.values.json).toEqualTypeOf<boolean | undefined>();
  });

  it('words every usage error the same way', () => {
    const error = (...args: string[]) => {
      const r = parseOptions(args, OPTIONS);
      return r.ok ? undefined : r.error;
    };
    expect(error('--jsn')).toBe('unknown option --jsn (did you mean --json?)');
    expect(error('--yaml')).toBe('unknown option --yaml');
    expect(error('--fonts', 'large')).toBe('unknown option --fonts (did you mean --font?)');
    
    expect(error('-x')).toBe('unknown option -x');
    expect(error('--out')).toBe('--out needs a value (file.pdf)');
    // util.parseArgs alone would take "--json" as the file name.
    expect(error('--out', '--json')).toBe('--out needs a value (file.pdf)');
    expect(error('--json=yes')).toBe('--json takes no value');
    expect(error('--font', 'huge')).toBe('--font must be one of standard, large, xlarge, got "huge"');
    // Inherited names are not options.
    expect(error('--constructor')).toBe('unknown option --constructor');
  });

  it('takes a value that starts with a dash when written inline', () => {
    expect(parseOptions(['--out=--odd.pdf'], OPTIONS)).toMatchObject({ ok: true, values: { out: '--odd.pdf' } });
    expect(parseOptions(['--out', '-'], OPTIONS)).toMatchObject({ ok: true, values: { out: '-' } });
  });
});

describe('formatOptions', () => {
  it('lists every visible option with its value and help, aligned', () => {
    expect(formatOptions(OPTIONS).split('\n')).toEqual([
      '  --out <file.pdf>                where the PDF goes',
      '  --font <standard|large|xlarge>  text size',
      '  --json                          the full plan as JSON',
      '  -h, --help                      this help',
    ]);
  });

  it('wraps long help under itself', () => {
    const text = formatOptions(defineOptions({ a: { type: 'boolean', help: 'word '.repeat(30).trim() } }), 60);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    expect(lines[1]!.startsWith(' '.repeat(7))).toBe(true);
  });
});
