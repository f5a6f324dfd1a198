/**
 * Accessibility options on the app's command line → the renderer URL parameters that carry them.
 *   --font xlarge --contrast high --motion reduced --no-shortcuts
 *   --viewing-distance 4m --screen-diagonal 55in   (the renderer picks the font mode and says why)
 */
import { FONT_MODES } from '../a11y/prefs';
import { parseDiagonal, parseDistance } from '../a11y/distance';
import { defineOptions, type OptionValues } from './args';

export const A11Y_OPTIONS = defineOptions({
  font: { type: 'string', choices: FONT_MODES, help: 'text size: 100 %, 150 % or 200 % (larger text runs onto continuation slides)' },
  contrast: { type: 'string', choices: ['standard', 'high'], help: 'high: all text at least 7:1' },
  motion: { type: 'string', choices: ['full', 'reduced'], help: 'reduced: no transitions' },
  'viewing-distance': { type: 'string', value: '4m', help: 'with --screen-diagonal: the smallest font mode readable from this far' },
  'screen-diagonal': { type: 'string', value: '55in', help: 'the screen’s diagonal, for --viewing-distance' },
  'no-shortcuts': { type: 'boolean', help: 'turn single-key shortcuts off (WCAG 2.1.4)' },
});

export type A11yQuery = Record<string, string>;

export function a11yQuery(values: OptionValues<typeof A11Y_OPTIONS>): { ok: true; query: A11yQuery } | { ok: false; error: string } {
  const q: A11yQuery = {};
  // The parser has checked the choices; an unchecked record (tests, other callers) is checked here.
  const oneOf = (name: 'font' | 'contrast' | 'motion') => {
    const v = values[name];
    if (v === undefined) return undefined;
    const allowed = A11Y_OPTIONS[name].choices as readonly string[];
    if (!allowed.includes(v)) return `--${name} must be one of ${allowed.join(', ')}, got "${v}"`;
    q[name] = v;
    return undefined;
  };
  const error = oneOf('font') ?? oneOf('contrast') ?? oneOf('motion');
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
  if (values['no-shortcuts']) q.shortcuts = 'off';
  return { ok: true, query: q };
}
