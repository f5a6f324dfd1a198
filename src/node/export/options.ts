/**
 * One set of export options for every format and engine: what the person asked for (CLI flags, the
 * app's Export as… dialog) → the renderer's query string and the page size. Pure.
 *
 *   exportQuery({ format: 'png', font: 'xlarge' }) → 'mode=print&font=xlarge'
 *   exportQuery({ format: 'html', motion: 'reduced' }) → 'mode=kiosk&motion=reduced'
 *   checkOptions({ format: 'mp4', notes: true }) → '--notes applies to pdf and png, not mp4'
 */
import { FONT_MODES, type Contrast, type FontMode, type Motion } from '../../a11y/prefs';
import { CANVAS, NOTES_BAND_HEIGHT } from '../../ui/reveal-config';

export { FONT_MODES, type Contrast, type FontMode, type Motion };
export const CONTRASTS = ['standard', 'high'] as const satisfies readonly Contrast[];
export const MOTIONS = ['full', 'reduced'] as const satisfies readonly Motion[];

/** Format names as the CLI, the app's menu and `--format` spell them. */
export const EXPORT_FORMATS = ['pdf', 'png', 'mp4', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  font?: FontMode;
  contrast?: Contrast;
  /** Reduced: pages cut instead of fading (MP4 and the HTML player; the kiosk's own rule). */
  motion?: Motion;
  /** PDF and PNG: speaker notes in a band under each slide. */
  notes?: boolean;
  /** PNG: device pixels per CSS pixel (2 → 3840×2160 for the 1920×1080 canvas). */
  scale?: number;
  /** HTML: a .zip of the player folder instead of the folder. */
  zip?: boolean;
}

export const SCALES = [1, 2, 3, 4] as const;

/** What each format takes beyond font and contrast (every format takes those). */
const ACCEPTS: Readonly<Record<ExportFormat, readonly ('notes' | 'scale' | 'zip' | 'motion')[]>> = {
  pdf: ['notes'],
  png: ['notes', 'scale'],
  mp4: ['motion'],
  html: ['zip', 'motion'],
};

/** A combination that makes no sense, in words; undefined when the options hold together. */
export function checkOptions(o: ExportOptions): string | undefined {
  if (!EXPORT_FORMATS.includes(o.format)) return `the format must be one of ${EXPORT_FORMATS.join(', ')}`;
  if (o.font !== undefined && !FONT_MODES.includes(o.font)) return `--font must be one of ${FONT_MODES.join(', ')}`;
  if (o.contrast !== undefined && !CONTRASTS.includes(o.contrast)) return '--contrast must be high (or standard)';
  if (o.motion !== undefined && !MOTIONS.includes(o.motion)) return '--motion must be reduced (or full)';
  if (o.scale !== undefined && !(SCALES as readonly number[]).includes(o.scale)) return `--scale must be one of ${SCALES.join(', ')}`;
  const given = (['notes', 'scale', 'zip', 'motion'] as const).filter((k) => o[k] !== undefined && o[k] !== false && !(k === 'scale' && o[k] === 1));
  for (const k of given) {
    if (!ACCEPTS[o.format].includes(k)) {
      const takers = EXPORT_FORMATS.filter((f) => ACCEPTS[f].includes(k));
      return `--${k} applies to ${takers.join(' and ')}, not ${o.format}`;
    }
  }
  return undefined;
}

/**
 * The renderer's query for a format: PDF, PNG and MP4 are pictures of the print layout (one page per
 * slide page, laid out and paginated once); the HTML player runs the kiosk loop.
 */
export function exportQuery(o: ExportOptions, release?: string): string {
  const q = new URLSearchParams({ mode: o.format === 'html' ? 'kiosk' : 'print' });
  // Plain-browser pages only (the CLI's Chromium): where to fetch the release.
  if (release) q.set('release', release);
  if (o.font && o.font !== 'standard') q.set('font', o.font);
  if (o.contrast && o.contrast !== 'standard') q.set('contrast', o.contrast);
  if (o.format === 'html' && o.motion) q.set('motion', o.motion);
  if (o.notes && (o.format === 'pdf' || o.format === 'png')) q.set('notes', '1');
  return q.toString();
}

/**
 * The one place an export's page size is decided: the canvas, plus the notes band when notes are
 * printed. The viewport of the rendering page, the PNG size (times the scale) and the MP4 frame.
 */
export function pageSize(o: Pick<ExportOptions, 'notes' | 'format'>): { width: number; height: number } {
  const notes = o.notes === true && (o.format === 'pdf' || o.format === 'png');
  return { width: CANVAS.width, height: CANVAS.height + (notes ? NOTES_BAND_HEIGHT : 0) };
}
