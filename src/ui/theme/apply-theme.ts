/**
 * Puts a theme on the page: its colours as custom properties on <html> (src/theme/css.ts), its
 * logo as a blob: URL the stylesheet draws (src/styles/logo.css), its font as a FontFace made from
 * the bytes (no URL to fetch, so the page's font-src is untouched). Resolves once the font is
 * ready, so slides are measured and printed in the theme's type. A later theme replaces the earlier
 * one whole: properties, logo URL and font face.
 */
import type { ThemeState } from '../../theme/load';
import { THEME_FONT_FAMILY, THEME_FONT_STACK, THEME_FONT_STACK_JA, themeProperties } from '../../theme/css';

let applied: { properties: string[]; logoUrl?: string; face?: FontFace } | undefined;
let appliedKey: ThemeState | undefined;

export async function applyTheme(state: ThemeState | undefined, root: HTMLElement = document.documentElement): Promise<void> {
  if (state === appliedKey && applied) return;
  const properties = state ? themeProperties(state.theme) : {};
  let face: FontFace | undefined;
  if (state?.font) {
    // A copy: the bytes may be a view into a larger buffer (IPC, fetch).
    face = new FontFace(THEME_FONT_FAMILY, state.font.bytes.slice().buffer, { style: 'normal', display: 'block' });
    await face.load();
    properties['--theme-font'] = THEME_FONT_STACK;
    properties['--theme-font-ja'] = THEME_FONT_STACK_JA;
  }
  const logoUrl = state?.logo ? URL.createObjectURL(new Blob([state.logo.bytes.slice()], { type: state.logo.type })) : undefined;
  if (logoUrl) properties['--theme-logo'] = `url("${logoUrl}")`;

  // Swap in one go, so no frame shows half of each theme.
  const previous = applied;
  for (const name of previous?.properties ?? []) root.style.removeProperty(name);
  if (previous?.face) document.fonts.delete(previous.face);
  if (previous?.logoUrl) URL.revokeObjectURL(previous.logoUrl);
  for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
  if (face) document.fonts.add(face);
  if (logoUrl) root.dataset.themeLogo = '';
  else delete root.dataset.themeLogo;
  root.dataset.theme = state?.name ?? 'ministry';
  applied = { properties: Object.keys(properties), ...(logoUrl ? { logoUrl } : {}), ...(face ? { face } : {}) };
  appliedKey = state;
}
