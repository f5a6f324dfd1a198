/**
 * The bundled fonts, as FontFace objects instead of an @font-face rule for every subset of every
 * family in the stylesheet. Every Noto Sans face is registered on load, unloaded (the browser
 * fetches one when text needs it, as it would for @font-face), so the app's own screens look right
 * before any deck; Noto Sans JP's table (124 subsets) is fetched only when a deck has a character
 * Noto Sans lacks, or is Japanese. loadFontsFor() loads exactly the faces a text needs.
 */
import notoSans from 'virtual:font-table/noto-sans';
import { codePoints, cssUnicodeRange, FamilyCoverage, subsetsNeeded } from './font-table';

const SANS = new FamilyCoverage(notoSans);
// Fetched at once (27 kB), so a deck that needs it does not wait for it: many English decks do,
// for a character or two Noto Sans lacks (≈, →). Decoded only when needed.
const jpTable = import('virtual:font-table/noto-sans-jp');
let jp: Promise<FamilyCoverage> | undefined;
const notoSansJp = () => (jp ??= jpTable.then((m) => new FamilyCoverage(m.default)));

const faces = new Map<string, FontFace>();

function face(family: FamilyCoverage, subset: number, weight: number): FontFace {
  const url = family.url(subset, weight);
  let f = faces.get(url);
  if (!f) {
    f = new FontFace(family.table.family, `url("${url}") format("woff2")`, {
      weight: String(weight),
      style: 'normal',
      display: 'swap',
      unicodeRange: cssUnicodeRange(family.ranges[subset]!),
    });
    document.fonts.add(f);
    faces.set(url, f);
  }
  return f;
}

for (let subset = 0; subset < SANS.table.subsets.length; subset++) for (const weight of SANS.table.weights) face(SANS, subset, weight);
// Latin text comes first in every deck but a Japanese one: fetched at once, while the release loads.
const latin = SANS.table.subsets.findIndex(([name]) => name === 'latin');
if (latin >= 0) for (const weight of SANS.table.weights) face(SANS, latin, weight).load().catch(() => undefined);

/** The family order of `--font` in src/styles/theme.css: Japanese puts Noto Sans JP first. */
function stack(lang: string): (() => FamilyCoverage | Promise<FamilyCoverage>)[] {
  return /^ja\b/i.test(lang) ? [notoSansJp, () => SANS] : [() => SANS, notoSansJp];
}

/** Loads, in every weight the app uses, each subset that some character of `text` is drawn from. */
export async function loadFontsFor(text: string, lang: string): Promise<void> {
  const families = stack(lang);
  const coverage: FamilyCoverage[] = [];
  const needed = await subsetsNeeded(codePoints(text), families.length, async (i) => (coverage[i] = await families[i]!()));
  await Promise.all(
    [...needed].flatMap(([i, subsets]) => {
      const family = coverage[i]!;
      return [...subsets].flatMap((subset) => family.table.weights.map((weight) => face(family, subset, weight).load()));
    }),
  );
}
