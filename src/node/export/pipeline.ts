/**
 * The one export pipeline, whatever the engine and the format:
 *   check the options → reserve the target (an unwritable one fails before any rendering) →
 *   open the renderer in the engine → wait for its readiness flag (page-script.ts) → the format's
 *   output renders from that one laid-out, paginated deck → move the result into place.
 * Any failure leaves the target as it was: no half-written file or folder.
 */
import type { Release } from '../../release/schema';
import type { ThemeState } from '../../theme/load';
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
  /** Benchmarks: each step as it ends, and the page's own timings (bench/export.ts). */
  onMark?: (mark: ExportMark, detail?: PageTimings) => void;
  /** Where what a format needs beyond the engine lives (ffmpeg, the player build). */
  tools?: ExportTools;
  /**
   * The theme read and checked for this export, when not the default. The engine's page reads its
   * own copy (the CLI serves the theme file, the app sends the state); the HTML player carries it.
   */
  theme?: ThemeState;
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

export type ExportMark = 'browser' | 'loaded' | 'ready' | 'rendered' | 'written';

/** From the page, in ms since its navigation started: what the renderer measured (src/ui/measure/dom-measurer.ts). */
export interface PageTimings {
  domContentLoaded: number;
  fontsStart?: number;
  fontsEnd?: number;
  paginateEnd?: number;
  ready: number;
}

const PAGE_TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const m = (name) => performance.getEntriesByName(name).at(-1);
  const fonts = m('pressdeck:fonts');
  const paginate = m('pressdeck:paginate');
  return { domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0, fontsStart: fonts?.startTime, fontsEnd: fonts ? fonts.startTime + fonts.duration : undefined,
    paginateEnd: paginate ? paginate.startTime + paginate.duration : undefined, ready: performance.now() };
})()`;

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
  const mark = job.onMark ?? (() => {});
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
      mark('browser');
      const page = await engine.open(exportQuery(job.options), { ...size, scale: job.options.scale ?? 1, pictures: job.options.format !== 'pdf' });
      mark('loaded');
      const pages = await page.evaluate<PrintedPage[]>(WAIT_FOR_PRINT_PAGES);
      mark('ready');
      if (job.onMark) mark('ready', await page.evaluate<PageTimings>(PAGE_TIMINGS));
      if (pages.length === 0) throw new Error('the deck has no slides to export');
      progress({ stage: 'laid-out', pages: pages.length });
      rendered = { page, pages, done: () => { closed = engine!.close(); } };
    }
    const { bytes, pages } = await output.write({ job, size, target, progress, tools, rendered });
    mark('rendered');
    await target.commit();
    mark('written');
    const result = { path: job.target, pages, bytes };
    progress({ stage: 'done', ...result });
    return result;
  } finally {
    await target.discard();
    // The browser shuts down while the output is finished; the export is over when both are.
    await (closed ?? engine?.close());
  }
}

/**
 * The pages the print layout makes for each of `layouts`, without rendering them: `pressdeck plan
 * --font` counts continuation pages with the very layout an export gets. Closes the engine.
 */
export async function layOut(engine: ExportEngine, layouts: readonly ExportOptions[]): Promise<PrintedPage[][]> {
  try {
    const out: PrintedPage[][] = [];
    for (const options of layouts) {
      const page = await engine.open(exportQuery(options), { ...pageSize(options), scale: 1, pictures: false });
      out.push(await page.evaluate<PrintedPage[]>(WAIT_FOR_PRINT_PAGES));
    }
    return out;
  } finally {
    await engine.close();
  }
}
