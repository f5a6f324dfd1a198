/**
 * Accessibility choices: font mode, contrast, motion, single-key shortcuts. Pure: parsing from the
 * URL, merging with what was stored, and the CSS scale of each font mode. The renderer applies them
 * (src/ui/a11y/) and keeps them in localStorage; Electron keeps that in its own profile.
 *
 * `undefined` contrast/motion means "follow the OS" (prefers-contrast / prefers-reduced-motion).
 */
export const FONT_MODES = ['standard', 'large', 'xlarge'] as const;
export type FontMode = (typeof FONT_MODES)[number];
export const FONT_SCALE: Record<FontMode, number> = { standard: 1, large: 1.5, xlarge: 2 };

export type Contrast = 'standard' | 'high';
export type Motion = 'full' | 'reduced';

export interface A11yPrefs {
  font: FontMode;
  contrast?: Contrast;
  motion?: Motion;
  /** Single-key shortcuts (+ - 0 C M) can be turned off (WCAG 2.1.4). */
  shortcuts: boolean;
}

export const DEFAULT_PREFS: A11yPrefs = { font: 'standard', shortcuts: true };

const pick = <T extends string>(v: unknown, allowed: readonly T[]): T | undefined =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

/** Only the fields that are present and valid; the rest stays undefined so it can fall through. */
export function readPrefs(values: { get(key: string): unknown }): Partial<A11yPrefs> {
  const out: Partial<A11yPrefs> = {};
  const font = pick(values.get('font'), FONT_MODES);
  if (font) out.font = font;
  const contrast = pick(values.get('contrast'), ['standard', 'high'] as const);
  if (contrast) out.contrast = contrast;
  const motion = pick(values.get('motion'), ['full', 'reduced'] as const);
  if (motion) out.motion = motion;
  const shortcuts = values.get('shortcuts');
  if (shortcuts === 'off' || shortcuts === false) out.shortcuts = false;
  if (shortcuts === 'on' || shortcuts === true) out.shortcuts = true;
  return out;
}

export function prefsFromSearch(search: string): Partial<A11yPrefs> {
  return readPrefs(new URLSearchParams(search));
}

/** Stored JSON (whatever its state) → valid fields only. */
export function prefsFromStorage(json: string | null): Partial<A11yPrefs> {
  if (!json) return {};
  try {
    const data: unknown = JSON.parse(json);
    if (typeof data !== 'object' || data === null) return {};
    return readPrefs({ get: (k) => (data as Record<string, unknown>)[k] });
  } catch {
    return {};
  }
}

/** Later layers win: defaults ← stored ← URL / command line. */
export function mergePrefs(...layers: Partial<A11yPrefs>[]): A11yPrefs {
  return Object.assign({}, DEFAULT_PREFS, ...layers.map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined))));
}

/**
 * A window's starting choices: defaults ← stored ← URL. A print layout (the PDF export, in the CLI
 * or in the app's hidden window, which shares the deck windows' stored choices) takes the URL alone
 * and pins contrast and motion, so an export has exactly the settings it asked for, whatever this
 * profile stored or the OS prefers.
 */
export function startingPrefs(fromUrl: Partial<A11yPrefs>, stored: Partial<A11yPrefs>, print: boolean): A11yPrefs {
  return print ? mergePrefs({ contrast: 'standard', motion: 'full' }, fromUrl) : mergePrefs(stored, fromUrl);
}

export function stepFont(font: FontMode, by: 1 | -1): FontMode {
  const i = Math.min(FONT_MODES.length - 1, Math.max(0, FONT_MODES.indexOf(font) + by));
  return FONT_MODES[i]!;
}

export type Shortcut = 'bigger' | 'smaller' | 'reset' | 'contrast' | 'motion';

/** A keydown → shortcut, or undefined. Modifier chords are left to the browser (Ctrl + is zoom). */
export function shortcutFor(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): Shortcut | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  switch (e.key) {
    case '+':
    case '=':
      return 'bigger';
    case '-':
    case '_':
      return 'smaller';
    case '0':
      return 'reset';
    case 'c':
    case 'C':
      return 'contrast';
    case 'm':
    case 'M':
      return 'motion';
    default:
      return undefined;
  }
}
