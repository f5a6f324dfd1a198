/**
 * The export formats and the targets that name them, in one table: `pressdeck export` reads it for
 * --format, for the extension of --out and for its --help; the app's Export as… menu lists the same
 * ids (ExportFormat, from the pipeline's options).
 */
import { extname } from 'node:path';
import type { ExportFormat } from './options';

export interface FormatEntry {
  /** What --format takes. */
  id: ExportFormat;
  label: string;
  /** Lower case, with the dot; the first is the one suggested. */
  extensions: readonly string[];
  /** A folder is a target too (one image per page, or the player's folder). */
  folder?: boolean;
}

export const FORMAT_TABLE: readonly FormatEntry[] = [
  { id: 'pdf', label: 'PDF, one page per slide', extensions: ['.pdf'] },
  { id: 'png', label: 'PNG images, one per page (deck.png → deck-01.png …, or into a folder)', extensions: ['.png'], folder: true },
  { id: 'mp4', label: 'MP4 video of the kiosk loop', extensions: ['.mp4'] },
  { id: 'html', label: 'offline HTML player: a new folder, or a .zip of it', extensions: ['.zip'], folder: true },
];

export const EXPORT_FORMAT_IDS: readonly ExportFormat[] = FORMAT_TABLE.map((f) => f.id);

export type FormatChoice = { ok: true; format: FormatEntry } | { ok: false; error: string };

const names = (formats: readonly FormatEntry[]) => formats.map((f) => f.id).join(', ');

/**
 * The format of an export to `target`: `requested` (--format) when given, else the target's
 * extension; a new name without an extension is the HTML player's folder. `folder`: the target
 * exists as a folder, or ends with a slash; an existing folder is never written into on a guess.
 *   formatFor('deck.pdf') → pdf;  formatFor('deck.txt') → error;  formatFor('player') → html
 */
export function formatFor(target: string, requested?: string, folder = /[\\/]$/.test(target)): FormatChoice {
  const ext = folder ? '' : extname(target).toLowerCase();
  if (requested !== undefined) {
    const format = FORMAT_TABLE.find((f) => f.id === requested);
    if (!format) return { ok: false, error: `--format must be one of ${names(FORMAT_TABLE)}, got "${requested}"` };
    const fits = folder || ext === '' ? format.folder === true : format.extensions.includes(ext);
    if (fits) return { ok: true, format };
    const wanted = `${format.folder ? 'a folder or ' : ''}a ${format.extensions.join(' or ')} file`;
    return { ok: false, error: `--out ${target}: a ${format.id} export is written to ${wanted}, not ${folder ? 'a folder' : ext ? `a ${ext} file` : 'a name without an extension'}` };
  }
  if (folder) {
    const takers = FORMAT_TABLE.filter((f) => f.folder);
    return { ok: false, error: `--out ${target} is a folder: name a file such as deck.pdf, or give --format ${takers.map((f) => f.id).join(' or ')} to write into it` };
  }
  if (ext === '') return { ok: true, format: FORMAT_TABLE.find((f) => f.id === 'html')! };
  const format = FORMAT_TABLE.find((f) => f.extensions.includes(ext));
  if (format) return { ok: true, format };
  const suggest = FORMAT_TABLE.map((f) => f.extensions[0]).join(', ');
  return { ok: false, error: `--out ${target}: ${ext} is not an export format; name a ${suggest} file or a new folder (formats: ${names(FORMAT_TABLE)})` };
}
