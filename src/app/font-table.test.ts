import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codePoints, cssUnicodeRange, decodeRanges, encodeRanges, FamilyCoverage, parseUnicodeRange, subsetsNeeded, type FontTable } from './font-table';

const unicode = (pkg: string) => JSON.parse(readFileSync(`node_modules/@fontsource/${pkg}/unicode.json`, 'utf8')) as Record<string, string>;

function table(pkg: string, family: string): FontTable {
  const subsets = Object.entries(unicode(pkg)).map(([k, css]): [string, string] => [k.replace(/^\[(\d+)\]$/, '$1'), encodeRanges(parseUnicodeRange(css))]);
  return { family, file: pkg, weights: [400, 700], subsets, base: './fonts/' };
}

const sans = new FamilyCoverage(table('noto-sans', 'Noto Sans'));
const jp = new FamilyCoverage(table('noto-sans-jp', 'Noto Sans JP'));
const name = (f: FamilyCoverage, cp: number) => f.table.subsets[f.subsetOf(cp)]?.[0];

describe('font tables', () => {
  it('encode and decode every range of the bundled families exactly', () => {
    for (const pkg of ['noto-sans', 'noto-sans-jp']) {
      for (const css of Object.values(unicode(pkg))) {
        const ranges = parseUnicodeRange(css);
        expect(decodeRanges(encodeRanges(ranges))).toEqual(ranges);
        expect(parseUnicodeRange(cssUnicodeRange(ranges))).toEqual(ranges);
      }
    }
  });

  it('find the subset of a character as the stylesheet ranges say', () => {
    expect(name(sans, 'A'.codePointAt(0)!)).toBe('latin');
    expect(name(sans, 'ő'.codePointAt(0)!)).toBe('latin-ext');
    expect(name(sans, 'Ж'.codePointAt(0)!)).toBe('cyrillic');
    expect(sans.subsetOf('日'.codePointAt(0)!)).toBe(-1);
    // Overlaps go to the face defined last, as in the browser: U+0304 is in vietnamese, latin-ext and latin.
    expect(name(sans, 0x304)).toBe('latin');
    expect(name(sans, 0x102)).toBe('latin-ext');
    // Every range of the Japanese family maps back to its own subset, or to a later one that also has it.
    jp.ranges.forEach((ranges, subset) => {
      for (const [a, b] of ranges) for (const cp of [a, b]) expect(jp.subsetOf(cp)).toBeGreaterThanOrEqual(subset);
    });
  });

  it('name the woff2 file of a subset and weight', () => {
    expect(sans.url(sans.table.subsets.findIndex(([n]) => n === 'latin'), 700)).toBe('./fonts/noto-sans-latin-700-normal.woff2');
    expect(jp.url(0, 400)).toBe('./fonts/noto-sans-jp-0-400-normal.woff2');
  });
});

describe('subsetsNeeded', () => {
  const latin = sans.table.subsets.findIndex(([n]) => n === 'latin');

  it('gives each character to the first family of the stack that has it, and asks for a later table only when needed', async () => {
    const asked: number[] = [];
    const stack = [sans, jp];
    const english = await subsetsNeeded(codePoints('Members ITAC 2,800 · 13'), 2, (i) => (asked.push(i), stack[i]!));
    expect(english).toEqual(new Map([[0, new Set([latin])]]));
    expect(asked).toEqual([0]);

    // "≈" is not in Noto Sans: it comes from Noto Sans JP, the next family, and only it does; the
    // next family is told which characters reach it (so a table of its symbols alone may answer).
    const reaching: number[][] = [];
    const withSymbol = await subsetsNeeded(codePoints('≈2,800'), 2, (i, points) => (reaching.push([...points]), stack[i]!));
    expect([...withSymbol.keys()]).toEqual([0, 1]);
    expect([...withSymbol.get(1)!]).toEqual([jp.subsetOf('≈'.codePointAt(0)!)]);
    expect(reaching[1]).toEqual(['≈'.codePointAt(0)]);
  });

  it('loads Japanese text from Noto Sans JP first when the stack puts it first, Latin letters included', async () => {
    const needed = await subsetsNeeded(codePoints('経済産業省 METI'), 2, (i) => [jp, sans][i]!);
    expect([...needed.keys()]).toEqual([0]);
    expect(needed.get(0)!.size).toBeGreaterThan(1);
  });

  it('skips spaces and control characters, and leaves characters no family has', async () => {
    expect(codePoints(' \n\t\u00a0 a a')).toEqual(['a'.codePointAt(0)]);
    expect(await subsetsNeeded(codePoints('\u{1F600}'), 2, (i) => [sans, jp][i]!)).toEqual(new Map());
  });
});
