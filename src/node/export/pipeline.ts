/**
 * The one export pipeline, whatever the engine and the format:
 *   check the options → reserve the target (an unwritable one fails before any rendering) →
 *   open the renderer in the engine → wait for its readiness flag (page-script.ts) → the format's
 *   output renders from that one laid-out, paginated deck → move the result into place.
 * Any failure leaves the target as it was: no half-written file or folder.
 */
import type { Release } from '../../release/schema';
import type { ExportEngine } from './engine';
import { checkOptions, exportQuery, pageSize, type ExportOptions } from './options';
import { OUTPUTS, type Rendered } from './outputs';
import { WAIT_FOR_PRINT_PAGES, type PrintedPage } from './page-script';

export type ExportProgress =
  | { stage: 'starting' }
  | { stage: 'laid-out'; pages: number }
  | { stage: 'printing'; pages: number }
  | { stage: 'rendering'; page: number; pages: number }
  | { stage: 'encoding'; done: number; total: number }
  | { stage: 'finishing'; page: number; pages: number }
  | { stage: 'done'; pages: number; bytes: number; path: string };

export interface ExportJob {
  release: Release;
  /** The release file's path: the HTML player carries it and the images it names. */
  releasePath: string;
  target: string;
  options: ExportOptions;
  /** Starts the engine: Chromium through Playwright in the CLI, a hidden window in the app. */
  engine(): Promise<ExportEngine>;
  onProgress?: (p: ExportProgress) => void;
  /** Where what a format needs beyond the engine lives (ffmpeg, the player build). */
  tools?: ExportTools;
}

export interface ExportTools {
  /** MP4: the ffmpeg binary (src/node/export/ffmpeg.ts finds one). */
  ffmpeg?: string;
  /** HTML: the offline player build (out/player). */
  playerDir?: string;
}

export interface ExportResult {
  path: string;
  /** Pages of the deck (the loop's pages for MP4 and HTML). */
  pages: number;
  bytes: number;
}

export class ExportOptionsError extends Error {
  override name = 'ExportOptionsError';
}

/** A tool a format needs is missing (ffmpeg for MP4, the player build for HTML); says what to install. */
export class ExportToolError extends Error {
  override name = 'ExportToolError';
}

export async function runExport(job: ExportJob): Promise<ExportResult> {
  const problem = checkOptions(job.options);
  if (problem) throw new ExportOptionsError(problem);
  const progress = job.onProgress ?? (() => {});
  const output = OUTPUTS[job.options.format];
  const tools = job.tools ?? {};
  await output.check?.(tools);
  const target = await output.prepare(job.target, job.options);
  let engine: ExportEngine | undefined;
  let closed: Promise<void> | undefined;
  try {
    progress({ stage: 'starting' });
    let rendered: Rendered | undefined;
    const size = pageSize(job.options);
    if (output.rendersPages) {
      engine = await job.engine();
      const page = await engine.open(exportQuery(job.options), { ...size, scale: job.options.scale ?? 1, pictures: job.options.format !== 'pdf' });
      const pages = await page.evaluate<PrintedPage[]>(WAIT_FOR_PRINT_PAGES);
      if (pages.length === 0) throw new Error('the deck has no slides to export');
      progress({ stage: 'laid-out', pages: pages.length });
      rendered = { page, pages, done: () => { closed = engine!.close(); } };
    }
    const { bytes, pages } = await output.write({ job, size, target, progress, tools, rendered });
    await target.commit();
    const result = { path: job.target, pages, bytes };
    progress({ stage: 'done', ...result });
    return result;
  } finally {
    await target.discard();
    // The browser shuts down while the output is finished; the export is over when both are.
    await (closed ?? engine?.close());
  }
}
