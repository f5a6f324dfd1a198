/**
 * Accessibility options on the app's command line → the renderer URL parameters that carry them.
 *   --font xlarge --contrast high --motion reduced --no-shortcuts
 *   --viewing-distance 4m --screen-diagonal 55in   (the renderer picks the font mode and says why)
 */
import { FONT_MODES } from '../a11y/prefs';
import { parseDiagonal, parseDistance } from '../a11y/distance';

export const A11Y_VALUE_OPTIONS = ['font', 'contrast', 'motion', 'viewing-distance', 'screen-diagonal'] as const;
export const A11Y_FLAG_OPTIONS = ['no-shortcuts'] as const;

export type A11yQuery = Record<string, string>;

export function a11yQuery(values: Record<string, string>, flags: Record<string, boolean>): { ok: true; query: A11yQuery } | { ok: false; error: string } {
  const q: A11yQuery = {};
  const oneOf = (name: string, allowed: readonly string[]) => {
    const v = values[name];
    if (v === undefined) return undefined;
    if (!allowed.includes(v)) return `--${name} must be one of ${allowed.join(', ')}, got "${v}"`;
    q[name] = v;
    return undefined;
  };
  const error = oneOf('font', FONT_MODES) ?? oneOf('contrast', ['standard', 'high']) ?? oneOf('motion', ['full', 'reduced']);
  if (error) return { ok: false, error };
  const distance = values['viewing-distance'];
  const diagonal = values['screen-diagonal'];
  if ((distance === undefined) !== (diagonal === undefined)) return { ok: false, error: '--viewing-distance and --screen-diagonal go together' };
  if (distance !== undefined && diagonal !== undefined) {
    if (parseDistance(distance) === undefined) return { ok: false, error: `--viewing-distance: expected a distance like 4m or 13ft, got "${distance}"` };
    if (parseDiagonal(diagonal) === undefined) return { ok: false, error: `--screen-diagonal: expected a size like 55in, got "${diagonal}"` };
    q.distance = distance;
    q.diagonal = diagonal;
  }
  if (flags['no-shortcuts']) q.shortcuts = 'off';
  return { ok: true, query: q };
}
