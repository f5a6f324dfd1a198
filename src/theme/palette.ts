/**
 * Theme → the colours the slides paint with, in standard and high-contrast mode, and the contrast
 * check of every text/background pair the slides use (WCAG 2.2): body text at least 4.5:1, marks
 * (the edge bar, dots, rules that carry meaning) at least 3:1; in high-contrast mode text at least
 * 7:1 whatever the theme. Pure.
 *
 * The pairs are read off the components (src/ui/slides/*, src/styles/*, the on-screen controls):
 *   text, muted, accent, highlight on background: headings and body, labels and dates, kickers and
 *     figures, the timeline's own event (label-sized, so held to the body-text ratio);
 *   text, muted, accent on surface: the ceremony cards, the problem badge, the display settings;
 *   surface on accent: the label of a pressed control;
 *   accent on tint: the kiosk's progress line on its track (a mark).
 * The rule colour is a hairline next to text that carries the meaning, so it is not checked.
 */
import { contrastRatio, formatRatio, mix, nearestPassing, relativeLuminance, type Hex } from './contrast';
import type { ColourName, Theme } from './schema';

export type Palette = Record<ColourName, string>;

export interface Pair {
  fg: ColourName;
  bg: ColourName;
  /** body: 4.5:1 (7:1 in high contrast); mark: 3:1 in both. */
  kind: 'body' | 'mark';
  /** What a person sees, for the message. */
  what: string;
  /** The colour to change when the pair fails (the one that is not the ground). */
  adjust: ColourName;
}

export const PAIRS: readonly Pair[] = [
  { fg: 'text', bg: 'background', kind: 'body', what: 'text on the background', adjust: 'text' },
  { fg: 'muted', bg: 'background', kind: 'body', what: 'muted text on the background', adjust: 'muted' },
  { fg: 'accent', bg: 'background', kind: 'body', what: 'accent text (kickers, figures) on the background', adjust: 'accent' },
  { fg: 'highlight', bg: 'background', kind: 'body', what: 'highlight text (the release’s own event) on the background', adjust: 'highlight' },
  { fg: 'text', bg: 'surface', kind: 'body', what: 'text on a card (surface)', adjust: 'text' },
  { fg: 'muted', bg: 'surface', kind: 'body', what: 'muted text on a card (surface)', adjust: 'muted' },
  { fg: 'accent', bg: 'surface', kind: 'body', what: 'accent text on a card (surface)', adjust: 'accent' },
  { fg: 'surface', bg: 'accent', kind: 'body', what: 'a pressed control’s label (surface on accent)', adjust: 'accent' },
  { fg: 'accent', bg: 'tint', kind: 'mark', what: 'the progress line on its track (accent on tint)', adjust: 'tint' },
];

export const MIN_RATIO = { standard: { body: 4.5, mark: 3 }, high: { body: 7, mark: 3 } } as const;
export type ContrastMode = keyof typeof MIN_RATIO;

/** The theme's standard palette: its colours, with surface, tint and rule worked out when left out. */
export function standardPalette(theme: Pick<Theme, 'colors'>): Palette {
  const c = theme.colors;
  return {
    background: c.background,
    text: c.text,
    muted: c.muted,
    accent: c.accent,
    highlight: c.highlight,
    surface: c.surface ?? c.background,
    tint: c.tint ?? mix(c.background, c.accent, 0.12),
    rule: c.rule ?? mix(c.background, c.muted, 0.35),
  };
}

/**
 * The high-contrast palette: the theme's `highContrast` colours where given; the rest from the
 * theme's own, on white (a light theme) or black (a dark one), each text colour moved in lightness
 * until it reaches 7:1, so the brand keeps its hues and high contrast still means 7:1.
 */
export function highContrastPalette(theme: Pick<Theme, 'colors' | 'highContrast'>): Palette {
  const std = standardPalette(theme);
  const given = theme.highContrast ?? {};
  const light = relativeLuminance(std.text) < relativeLuminance(std.background);
  const background = given.background ?? (light ? '#ffffff' : '#000000');
  const surface = given.surface ?? background;
  const ground = [background, surface];
  /** Passing 7:1 on both grounds: the nearest colour to the theme's that passes on the harder one. */
  const strong = (c: string): Hex => ground.reduce<Hex>((colour, g) => nearestPassing(colour, g, MIN_RATIO.high.body), c as Hex);
  const accent = given.accent ?? strong(std.accent);
  return {
    background,
    surface,
    text: given.text ?? (light ? '#000000' : '#ffffff'),
    muted: given.muted ?? strong(std.muted),
    accent,
    highlight: given.highlight ?? strong(std.highlight),
    // The accent itself, moved in lightness until the progress line shows on it as a track (3:1):
    // strong enough to read as a mark in high contrast (the lead's rule), never the line's own colour.
    tint: given.tint ?? nearestPassing(accent, accent, MIN_RATIO.high.mark),
    rule: given.rule ?? strong(std.rule),
  };
}

export interface ContrastFailure {
  mode: ContrastMode;
  pair: Pair;
  fg: string;
  bg: string;
  ratio: number;
  min: number;
  /** Other pairs the same colour fails (with other colours: a card the colour of the background is not news). */
  also: Pair[];
  /** The nearest colour for `pair.adjust` that passes all its pairs. */
  suggestion: Hex;
}

/**
 * Every colour of `palette` in a pair below the ratio `mode` asks for: one failure per colour to
 * change (its worst pair, and the others it fails), with the nearest colour that passes all its pairs.
 */
export function contrastFailures(palette: Palette, mode: ContrastMode): ContrastFailure[] {
  const failing = PAIRS.map((pair) => ({ pair, min: MIN_RATIO[mode][pair.kind], ratio: contrastRatio(palette[pair.fg], palette[pair.bg]) })).filter((f) => f.ratio < f.min);
  const byColour = new Map<ColourName, typeof failing>();
  for (const f of failing) byColour.set(f.pair.adjust, [...(byColour.get(f.pair.adjust) ?? []), f]);
  return [...byColour].map(([adjust, fails]) => {
    const worst = fails.reduce((a, b) => (b.ratio / b.min < a.ratio / a.min ? b : a));
    return { mode, ...worst, fg: palette[worst.pair.fg], bg: palette[worst.pair.bg], also: fails.filter((f) => palette[f.pair.fg] !== palette[worst.pair.fg] || palette[f.pair.bg] !== palette[worst.pair.bg]).map((f) => f.pair), suggestion: passingAll(palette, mode, adjust) };
  });
}

/** The colour nearest to `palette[name]` that passes every pair it is in (two rounds settle it). */
function passingAll(palette: Palette, mode: ContrastMode, name: ColourName): Hex {
  const pairs = PAIRS.filter((p) => p.adjust === name);
  let colour = palette[name] as Hex;
  for (let round = 0; round < 2; round++) {
    for (const p of pairs) colour = nearestPassing(colour, p.adjust === p.fg ? palette[p.bg] : palette[p.fg], MIN_RATIO[mode][p.kind]);
  }
  return colour;
}

/** Every pair's ratio, for reports and docs: `{ 'text on the background': 17.1, … }`. */
export function contrastTable(palette: Palette, mode: ContrastMode): { pair: Pair; ratio: number; min: number }[] {
  return PAIRS.map((pair) => ({ pair, ratio: contrastRatio(palette[pair.fg], palette[pair.bg]), min: MIN_RATIO[mode][pair.kind] }));
}

/** "muted text on the background is 3.21:1 (#8a8f99 on #fbfaf7); body text needs at least 4.5:1 …" */
export function describeFailure(f: ContrastFailure): string {
  const need = f.pair.kind === 'body' ? (f.mode === 'high' ? 'text in high-contrast mode needs at least' : 'body text needs at least') : 'a mark needs at least';
  const also = f.also.length > 0 ? ` (so do ${f.also.map((p) => p.what).join('; ')})` : '';
  return `${f.pair.what} is ${formatRatio(f.ratio)} (${f.fg} on ${f.bg}); ${need} ${f.min}:1 (WCAG 2.2)${also}. The nearest ${f.pair.adjust} colour that passes: "${f.suggestion}"`;
}
