/**
 * The query string that puts the renderer in print mode. Both exporters (Playwright for the CLI,
 * Electron's printToPDF in the app) load the same URL, so they print the same pages. Font mode and
 * contrast are passed through as the renderer's view settings read them.
 *   printQuery({ font: 'xlarge', notes: true }) → 'mode=print&font=xlarge&notes=1'
 */
export const FONT_MODES = ['standard', 'large', 'xlarge'] as const;
export type FontMode = (typeof FONT_MODES)[number];
export const CONTRASTS = ['standard', 'high'] as const;
export type Contrast = (typeof CONTRASTS)[number];

export interface PrintSettings {
  font?: FontMode;
  contrast?: Contrast;
  notes?: boolean;
  /** Plain-browser builds only: URL of the release file to fetch. */
  release?: string;
  /** Plain-browser builds only: a built-in theme's name or the URL of the theme file to fetch. */
  theme?: string;
}

export function printQuery(settings: PrintSettings): string {
  const q = new URLSearchParams({ mode: 'print' });
  if (settings.release) q.set('release', settings.release);
  if (settings.theme) q.set('theme', settings.theme);
  if (settings.font && settings.font !== 'standard') q.set('font', settings.font);
  if (settings.contrast && settings.contrast !== 'standard') q.set('contrast', settings.contrast);
  if (settings.notes) q.set('notes', '1');
  return q.toString();
}

