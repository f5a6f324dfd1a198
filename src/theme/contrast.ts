/**
 * Colour arithmetic for the contrast check: WCAG 2.2 relative luminance and contrast ratio, and the
 * nearest colour that reaches a ratio. Pure and small on purpose (the renderer, main process and CLI
 * all run it): colours are "#rrggbb" only, which is all a theme may write.
 *
 *   contrastRatio('#767676', '#ffffff') → 4.54
 *   nearestPassing('#999999', '#ffffff', 4.5) → '#767676' (lightness moved in OKLCH, hue and chroma kept)
 *
 * "Nearest" moves OKLCH lightness only, the way a designer darkens or lightens a brand colour:
 * hue and chroma stay (chroma is reduced only where that lightness cannot hold it in sRGB).
 */
export type Hex = `#${string}`;
type Rgb = [number, number, number];

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export function parseHex(hex: string): Rgb {
  if (!HEX_COLOUR.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16) / 255) as Rgb;
}

export function toHex([r, g, b]: Rgb): Hex {
  const byte = (c: number) => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, '0');
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2.2 relative luminance of a "#rrggbb" colour (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1…21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Ratios are reported as people read them: 4.47:1 fails 4.5:1, and is never rounded up to pass. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

type Oklch = { l: number; c: number; h: number };

function toOklch(hex: string): Oklch {
  const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { l: L, c: Math.hypot(A, B), h: Math.atan2(B, A) };
}

/** OKLCH → linear-light sRGB, possibly outside 0…1. */
function oklchToLinear({ l: L, c, h }: Oklch): Rgb {
  const A = c * Math.cos(h);
  const B = c * Math.sin(h);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s];
}

/** The colour at that OKLCH lightness, chroma reduced until sRGB can show it. */
function atLightness(from: Oklch, l: number): Hex {
  let c = from.c;
  for (let i = 0; i < 60; i++) {
    const rgb = oklchToLinear({ l, c, h: from.h });
    if (rgb.every((v) => v >= -1e-6 && v <= 1 + 1e-6)) return toHex(rgb.map(fromLinear) as Rgb);
    c *= 0.9;
  }
  return toHex(oklchToLinear({ l, c: 0, h: from.h }).map(fromLinear) as Rgb);
}

/**
 * The colour closest to `colour` in OKLCH lightness whose contrast with `against` is at least
 * `min`; `colour` itself when it passes. Both directions are tried, the smaller move wins. Black or
 * white ends the search, and one of them always reaches 4.5:1 (but not always 7:1) against anything.
 */
export function nearestPassing(colour: string, against: string, min: number): Hex {
  if (contrastRatio(colour, against) >= min) return colour.toLowerCase() as Hex;
  const from = toOklch(colour);
  for (let step = 1; step <= 1000; step++) {
    const d = step / 1000;
    for (const l of [from.l - d, from.l + d]) {
      if (l < 0 || l > 1) continue;
      const hex = atLightness(from, l);
      if (contrastRatio(hex, against) >= min) return hex;
    }
  }
  return contrastRatio('#000000', against) >= contrastRatio('#ffffff', against) ? '#000000' : '#ffffff';
}

/** `a` mixed toward `b` by `t` (0 = a, 1 = b), in sRGB as CSS color-mix(in srgb) does. */
export function mix(a: string, b: string, t: number): Hex {
  const [x, y] = [parseHex(a), parseHex(b)];
  return toHex(x.map((v, i) => v * (1 - t) + y[i]! * t) as Rgb);
}
