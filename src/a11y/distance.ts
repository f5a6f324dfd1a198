/**
 * Distance-aware type: the smallest font mode whose smallest text is legible from the farthest seat.
 *
 * Two rules of thumb, both on letter (cap) height:
 *  - floor: AVIXA DISCAS (ANSI/INFOCOMM V202.01:2016, Display Image Size for 2D Content in Audiovisual
 *    Systems), Basic Decision Making: the smallest element must be at least the farthest viewing
 *    distance ÷ 200;
 *  - comfortable target: the signage rule "1 inch of letter height per 10 feet of distance" (÷ 120).
 * A mode meeting the floor is chosen; the target is reported, not required, since no mode may meet it.
 */
import { FONT_MODES, FONT_SCALE, type FontMode } from './prefs';

/** Smallest type on the 1920×1080 canvas at standard size (labels, kickers): see src/styles/theme.css. */
export const SMALLEST_TEXT_PX = 34;
/** Cap height of Noto Sans as a fraction of the font size (capHeight 714 / unitsPerEm 1000). */
export const CAP_HEIGHT_EM = 0.714;
export const CANVAS_HEIGHT_PX = 1080;

export interface Legibility {
  font: FontMode;
  /** False when even xlarge is below the DISCAS floor: the chosen mode is then xlarge. */
  meetsFloor: boolean;
  meetsTarget: boolean;
  letterMm: number;
  floorMm: number;
  targetMm: number;
  message: string;
}

/** "4m", "4 m", "400cm", "13ft", "13'" → metres. */
export function parseDistance(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|cm|mm|ft|'|feet|foot)?\s*$/i.exec(text);
  if (!m) return undefined;
  const v = Number(m[1]);
  const unit = (m[2] ?? 'm').toLowerCase();
  const metres = unit === 'cm' ? v / 100 : unit === 'mm' ? v / 1000 : unit === 'm' ? v : v * 0.3048;
  return metres > 0 ? metres : undefined;
}

/** "55in", "55\"", "140cm" → inches of screen diagonal. */
export function parseDiagonal(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(in|inch|inches|"|cm|m)?\s*$/i.exec(text);
  if (!m) return undefined;
  const v = Number(m[1]);
  const unit = (m[2] ?? 'in').toLowerCase();
  const inches = unit === 'cm' ? v / 2.54 : unit === 'm' ? v / 0.0254 : v;
  return inches > 0 ? inches : undefined;
}

export function pickFontMode(distanceM: number, diagonalIn: number, aspect = 16 / 9): Legibility {
  const heightMm = diagonalIn * 25.4 * (1 / Math.sqrt(1 + aspect * aspect));
  const letter = (f: FontMode) => (heightMm / CANVAS_HEIGHT_PX) * SMALLEST_TEXT_PX * FONT_SCALE[f] * CAP_HEIGHT_EM;
  const floorMm = (distanceM * 1000) / 200;
  const targetMm = (distanceM * 1000) / 120;
  const font = FONT_MODES.find((f) => letter(f) >= floorMm) ?? 'xlarge';
  const letterMm = letter(font);
  const meetsFloor = letterMm >= floorMm;
  const meetsTarget = letterMm >= targetMm;
  const r = (n: number) => n.toFixed(1);
  const where = `${r(distanceM)} m from a ${Math.round(diagonalIn)}-inch screen`;
  const floor = `the AVIXA DISCAS floor of ${r(floorMm)} mm (distance ÷ 200)`;
  let message: string;
  if (!meetsFloor) {
    message = `Even xlarge is too small ${where}: its smallest letters are ${r(letterMm)} mm tall, below ${floor}. Use a bigger screen or bring the farthest viewers closer than ${r((letterMm * 200) / 1000)} m. Showing xlarge.`;
  } else if (meetsTarget) {
    message = `Font mode ${font}: its smallest letters are ${r(letterMm)} mm tall ${where}, above ${floor}, and comfortable reading (1 in per 10 ft, ${r(targetMm)} mm) too.`;
  } else {
    // Which larger mode, if any, would be comfortable: the message never promises what no mode gives.
    const comfortable = FONT_MODES.find((f) => letter(f) >= targetMm);
    const reach = comfortable ? `which ${comfortable} reaches (${r(letter(comfortable))} mm)` : `which no mode reaches here (xlarge: ${r(letter('xlarge'))} mm)`;
    message = `Font mode ${font}: its smallest letters are ${r(letterMm)} mm tall ${where}, above ${floor}. Comfortable reading (1 in per 10 ft) wants ${r(targetMm)} mm, ${reach}.`;
  }
  return { font, meetsFloor, meetsTarget, letterMm, floorMm, targetMm, message };
}
