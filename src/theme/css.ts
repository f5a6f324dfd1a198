/**
 * A theme → the custom properties the stylesheets read (src/styles/theme.css, a11y.css): one
 * `--theme-*` per colour for standard contrast and one `--theme-hc-*` for high contrast. Pure. Every
 * value is a "#rrggbb" the schema accepted, checked again here, so nothing but a colour reaches CSS.
 */
import { HEX_COLOUR } from './contrast';
import { highContrastPalette, standardPalette, type Palette } from './palette';
import type { ColourName, Theme } from './schema';

/** Theme colour → the stylesheet's token (the names predate themes). */
const TOKEN: Record<ColourName, string> = {
  background: 'bg',
  surface: 'surface',
  text: 'ink',
  muted: 'ink-soft',
  accent: 'accent',
  tint: 'accent-tint',
  highlight: 'warm',
  rule: 'rule',
};

export function themeProperties(theme: Theme): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (prefix: string, palette: Palette) => {
    for (const [name, token] of Object.entries(TOKEN) as [ColourName, string][]) {
      const value = palette[name];
      if (!HEX_COLOUR.test(value)) throw new Error(`theme colour ${name} is not #rrggbb`);
      out[`--${prefix}${token}`] = value;
    }
  };
  put('theme-', standardPalette(theme));
  put('theme-hc-', highContrastPalette(theme));
  return out;
}

/** The family a theme's font file is registered under: never a name from the file. */
export const THEME_FONT_FAMILY = 'PressDeck Theme';
export const THEME_FONT_STACK = `'${THEME_FONT_FAMILY}', 'Noto Sans', 'Noto Sans JP', system-ui, sans-serif`;
export const THEME_FONT_STACK_JA = `'${THEME_FONT_FAMILY}', 'Noto Sans JP', 'Noto Sans', system-ui, sans-serif`;
