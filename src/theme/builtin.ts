/**
 * The built-in themes, named by `theme: night` in a release, `"theme": "night"` in
 * pressdeck.config.json or `--theme night`. Plain data checked by the same schema and contrast rules
 * as a theme file (src/theme/builtin.test.ts), so they are bundled in the renderer, the main
 * process and the CLI alike without a file to read.
 *
 * `ministry` is the look PressDeck has always had: its colours are the fallbacks in
 * src/styles/theme.css and src/styles/a11y.css, so a deck without a theme is pixel-identical.
 */
import type { Theme } from './schema';

export const BUILTIN_THEMES = {
  ministry: {
    format: 'pressdeck/theme@1',
    name: 'Ministry',
    colors: { background: '#fbfaf7', text: '#15181e', muted: '#3d4350', accent: '#1f3a68', highlight: '#b3540f', surface: '#ffffff', tint: '#e7ecf5', rule: '#c9ced8' },
    // Its tint is worked out: the old high-contrast tint was the accent itself, which hid the kiosk's
    // progress line on its track (1:1).
    highContrast: { background: '#ffffff', surface: '#ffffff', text: '#000000', muted: '#1c1c1c', accent: '#0a2251', highlight: '#7d2e00', rule: '#595959' },
  },
  /** Dark, for brightly lit halls where a light screen glares: light text on a deep blue-black. */
  night: {
    format: 'pressdeck/theme@1',
    name: 'Night',
    colors: { background: '#0e141d', text: '#eef2f7', muted: '#b4bfcd', accent: '#8ab4f8', highlight: '#f5b562', surface: '#172130', tint: '#22324a', rule: '#3a4a60' },
  },
  /** A strong brand colour: deep teal for the marks and figures, a coral highlight, on white. */
  fair: {
    format: 'pressdeck/theme@1',
    name: 'Fair',
    colors: { background: '#ffffff', text: '#101820', muted: '#3f4a55', accent: '#006a6a', highlight: '#c2410c', surface: '#f2f8f8', tint: '#d5ecec', rule: '#b7d3d3' },
  },
} as const satisfies Record<string, Theme>;

export type BuiltinThemeName = keyof typeof BUILTIN_THEMES;
export const BUILTIN_THEME_NAMES = Object.keys(BUILTIN_THEMES) as BuiltinThemeName[];
export const DEFAULT_THEME: BuiltinThemeName = 'ministry';

export function isBuiltinTheme(name: string): name is BuiltinThemeName {
  return Object.hasOwn(BUILTIN_THEMES, name);
}
