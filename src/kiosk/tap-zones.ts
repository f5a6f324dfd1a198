/**
 * Where a tap on a touch screen steps: the outer fifths of the screen go back and forward, the
 * middle only pauses (so a visitor can tap to stop a slide they are reading without losing it).
 *   tapZone(50, 1920) → 'previous';  tapZone(960, 1920) → 'pause';  tapZone(1900, 1920) → 'next'
 */
export type TapZone = 'previous' | 'pause' | 'next';

export const EDGE_FRACTION = 0.2;

export function tapZone(x: number, width: number): TapZone {
  if (width <= 0) return 'pause';
  const f = x / width;
  if (f < EDGE_FRACTION) return 'previous';
  if (f > 1 - EDGE_FRACTION) return 'next';
  return 'pause';
}
