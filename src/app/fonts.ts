/**
 * The bundled fonts, as FontFace objects instead of an @font-face rule for every subset of every
 * family in the stylesheet. Every Noto Sans face is registered on load, unloaded (the browser
 * fetches one when text needs it, as it would for @font-face), so the app's own screens look right
 * before any deck. Noto Sans JP's symbols (≈, →, …, which Noto Sans lacks and many English decks use)
 * are tabulated in the main bundle; its whole table (124 subsets, 27 kB) is fetched only for text
 * with CJK characters. loadFontsFor() loads exactly the faces a text needs.
 */
import notoSans from 'virtual:font-table/noto-sans';
import notoSansJpSymbols from 'virtual:font-table/noto-sans-jp?below=2e80';
import { codePoints, cssUnicodeRange, FamilyCoverage, subsetsNeeded } from './font-table';

const SANS = new FamilyCoverage(notoSans);
const JP_SYMBOLS = new FamilyCoverage(notoSansJpSymbols);
let jp: Promise<FamilyCoverage> | undefined;
const notoSansJp = (points: readonly number[]) =>
  points.every((cp) => cp < notoSansJpSymbols.below!) ? JP_SYMBOLS : (jp ??= import('virtual:font-table/noto-sans-jp').then((m) => new FamilyCoverage(m.default)));

/** By file and table: a subset's face from the symbols table only covers its symbols. */
const faces = new Map<string, FontFace>();

function face(family: FamilyCoverage, subset: number, weight: number): FontFace {
  const url = family.url(subset, weight);
  const key = `${url} ${family.table.below ?? ''}`;
  let f = faces.get(key);
  if (!f) {
    f = new FontFace(family.table.family, `url("${url}") format("woff2")`, {
      weight: String(weight),
      style: 'normal',
      display: 'swap',
      unicodeRange: cssUnicodeRange(family.ranges[subset]!),
    });
    document.fonts.add(f);
    faces.set(key, f);
  }
  return f;
}

for (let subset = 0; subset < SANS.table.subsets.length; subset++) for (const weight of SANS.table.weights) face(SANS, subset, weight);
// Latin text comes first in every deck but a Japanese one: fetched at once, while the release loads.
const latin = SANS.table.subsets.findIndex(([name]) => name === 'latin');
if (latin >= 0) for (const weight of SANS.table.weights) face(SANS, latin, weight).load().catch(() => undefined);

/** The family order of `--font` in src/styles/theme.css: Japanese puts Noto Sans JP first. */
function stack(lang: string): ((points: readonly number[]) => FamilyCoverage | Promise<FamilyCoverage>)[] {
  return /^ja\b/i.test(lang) ? [notoSansJp, () => SANS] : [() => SANS, notoSansJp];
}

/** Loads, in every weight the app uses, each subset that some character of `text` is drawn from. */
export async function loadFontsFor(text: string, lang: string): Promise<void> {
  const families = stack(lang);
  const coverage: FamilyCoverage[] = [];
  const needed = await subsetsNeeded(codePoints(text), families.length, async (i, points) => (coverage[i] = await families[i]!(points)));
  await Promise.all(
    [...needed].flatMap(([i, subsets]) => {
      const family = coverage[i]!;
      return [...subsets].flatMap((subset) => family.table.weights.map((weight) => face(family, subset, weight).load()));
    }),
  );
}
