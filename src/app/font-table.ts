/**
 * Which bundled font files a text needs. The fonts ship as @fontsource subsets (Noto Sans: 8,
 * Noto Sans JP: 124, one file per subset and weight); the build tabulates each family's subsets and
 * their Unicode ranges (src/node/font-table-plugin.ts), and the renderer loads only the subsets the
 * deck's characters fall in, for the first family of the font stack that has each character, as
 * the browser's own font matching would pick it. Pure: no DOM, no Node.
 */

/** One family as the build tabulates it: ranges are encoded compactly (see encodeRanges). */
export interface FontTable {
  family: string;
  /** File name stem: `<file>-<subset>-<weight>-normal.woff2`. */
  file: string;
  weights: number[];
  /** [subset name, encoded ranges] in the package's order. */
  subsets: [string, string][];
  /** Where the files are, ending in `/`. */
  base: string;
  /** Set on a partial table: it lists only the code points below this one (symbols, not CJK). */
  below?: number;
}

export type Range = [start: number, end: number];

/** `U+0460-052F,U+1C80-1C8A,U+20B4` → sorted [start, end] pairs. */
export function parseUnicodeRange(css: string): Range[] {
  return css
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part.length > 0)
    .map((part): Range => {
      const [a, b] = part.split('-');
      if (a!.includes('?')) return [parseInt(a!.replace(/\?/g, '0'), 16), parseInt(a!.replace(/\?/g, 'f'), 16)];
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
    })
    .sort((x, y) => x[0] - y[0]);
}

/**
 * Ranges as base-36 gaps and lengths, `gap[.length]` joined by commas: the 8,453 ranges of
 * Noto Sans JP take 26 kB this way instead of 75 kB of CSS.
 */
export function encodeRanges(ranges: readonly Range[]): string {
  let previous = -1;
  return ranges
    .map(([start, end]) => {
      const token = (start - previous - 1).toString(36) + (end > start ? `.${(end - start).toString(36)}` : '');
      previous = end;
      return token;
    })
    .join(',');
}

export function decodeRanges(encoded: string): Range[] {
  if (encoded === '') return [];
  let previous = -1;
  return encoded.split(',').map((token): Range => {
    const [gap, length] = token.split('.');
    const start = previous + 1 + parseInt(gap!, 36);
    previous = start + (length ? parseInt(length, 36) : 0);
    return [start, previous];
  });
}

/** `U+4e00-4e0f,U+4e11`: the descriptor a FontFace takes. */
export function cssUnicodeRange(ranges: readonly Range[]): string {
  return ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',');
}

/**
 * A family's subsets, searchable by code point. Subsets overlap (Noto Sans has U+0304 in latin,
 * latin-ext and vietnamese); where they do, the browser draws from the face defined last, so the
 * search runs from the last subset to the first.
 */
export class FamilyCoverage {
  readonly ranges: Range[][];
  /** Per subset: starts and ends interleaved, sorted. */
  private readonly bounds: Int32Array[];

  constructor(readonly table: FontTable) {
    this.ranges = table.subsets.map(([, encoded]) => decodeRanges(encoded));
    this.bounds = this.ranges.map((rs) => Int32Array.from(rs.flat()));
  }

  /** Index of the subset the browser would draw this code point from, or -1. */
  subsetOf(codePoint: number): number {
    for (let subset = this.bounds.length - 1; subset >= 0; subset--) {
      const b = this.bounds[subset]!;
      let lo = 0;
      let hi = b.length / 2 - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (b[2 * mid]! > codePoint) hi = mid - 1;
        else if (b[2 * mid + 1]! < codePoint) lo = mid + 1;
        else return subset;
      }
    }
    return -1;
  }

  url(subset: number, weight: number): string {
    return `${this.table.base}${this.table.file}-${this.table.subsets[subset]![0]}-${weight}-normal.woff2`;
  }
}

/** The distinct code points of a text that draw a glyph (no spaces or controls). */
export function codePoints(text: string): number[] {
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x20 && !(cp >= 0x7f && cp <= 0xa0) && !/\s/u.test(ch)) seen.add(cp);
  }
  return [...seen];
}

/**
 * The subsets each family of the stack must load for these code points: each character goes to
 * the first family that has it. `coverage(i, points)` is asked for a family only when characters
 * reach it (those characters), so a later family's table, or the whole of it, is not needed for
 * text an earlier one covers.
 */
export async function subsetsNeeded(
  points: readonly number[],
  stackLength: number,
  coverage: (i: number, points: readonly number[]) => FamilyCoverage | Promise<FamilyCoverage>,
): Promise<Map<number, Set<number>>> {
  const needed = new Map<number, Set<number>>();
  let left = [...points];
  for (let i = 0; i < stackLength && left.length > 0; i++) {
    const family = await coverage(i, left);
    const missing: number[] = [];
    for (const cp of left) {
      const subset = family.subsetOf(cp);
      if (subset < 0) missing.push(cp);
      else {
        if (!needed.has(i)) needed.set(i, new Set());
        needed.get(i)!.add(subset);
      }
    }
    left = missing;
  }
  return needed;
}
