/**
 * The export formats and the targets that name them, in one table: `pressdeck export` reads it for
 * --format, for the extension of --out and for its --help; the app's export menu can list it too.
 * A format still planned is listed with `available: false`, so asking for it gets a clear
 * "not yet" rather than "unknown"; the pipeline that writes it flips the flag.
 */
import { extname } from 'node:path';

export interface ExportFormat {
  /** What --format takes. */
  id: string;
  label: string;
  /** Lower case, with the dot; the first is the one suggested. */
  extensions: readonly string[];
  /** A folder is a target too (one file per page, or a player's folder). */
  folder?: boolean;
  /** Written by this version. */
  available: boolean;
}

export const EXPORT_FORMATS = [
  { id: 'pdf', label: 'PDF, one page per slide', extensions: ['.pdf'], available: true },
  { id: 'png', label: 'PNG images, one per page', extensions: ['.png'], folder: true, available: false },
  { id: 'html', label: 'offline HTML player', extensions: ['.html'], folder: true, available: false },
  { id: 'mp4', label: 'MP4 video of the kiosk loop', extensions: ['.mp4'], available: false },
] as const satisfies readonly ExportFormat[];

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

export const EXPORT_FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id) as readonly ExportFormatId[];

export type FormatChoice = { ok: true; format: ExportFormat } | { ok: false; error: string };

const ALL: readonly ExportFormat[] = EXPORT_FORMATS;
const available = () => ALL.filter((f) => f.available);
const names = (formats: readonly ExportFormat[]) => formats.map((f) => f.id).join(', ');
const notYet = (f: ExportFormat) => `${f.id} export (${f.label}) is not available yet; this version writes ${names(available())}`;

/**
 * The format of an export to `target`: `requested` (--format) when given, else the target's
 * extension. `folder`: the target is a folder (it exists as one, or ends with a slash).
 *   formatFor('deck.pdf') → pdf;  formatFor('deck.txt') → error;  formatFor('deck', 'pdf') → error
 */
export function formatFor(target: string, requested?: string, folder = /[\\/]$/.test(target)): FormatChoice {
  const ext = folder ? '' : extname(target).toLowerCase();
  if (requested !== undefined) {
    const format = ALL.find((f) => f.id === requested);
    if (!format) return { ok: false, error: `--format must be one of ${names(ALL)}, got "${requested}"` };
    if (!format.available) return { ok: false, error: notYet(format) };
    const fits = folder ? format.folder === true : format.extensions.includes(ext);
    if (fits) return { ok: true, format };
    const wanted = `${format.folder ? 'a folder or ' : ''}a ${format.extensions.join(' or ')} file`;
    return { ok: false, error: `--out ${target}: a ${format.id} export is written to ${wanted}, not ${folder ? 'a folder' : ext ? `a ${ext} file` : 'a name without an extension'}` };
  }
  if (folder) {
    const takers = ALL.filter((f) => f.folder);
    return { ok: false, error: `--out ${target} is a folder: name a ${available()[0]!.extensions[0]} file (folders are for ${names(takers)} exports, given with --format)` };
  }
  const format = ALL.find((f) => f.extensions.includes(ext));
  if (format) return format.available ? { ok: true, format } : { ok: false, error: notYet(format) };
  const suggest = available().map((f) => f.extensions[0]).join(' or ');
  return {
    ok: false,
    error: ext
      ? `--out ${target}: ${ext} is not an export format; name a ${suggest} file (formats: ${names(ALL)})`
      : `--out ${target} has no extension: name a ${suggest} file, or give --format`,
  };
}
