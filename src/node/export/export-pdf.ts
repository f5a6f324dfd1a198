/**
 * One export, whichever engine renders it: reserve the target (fails fast when it is unwritable),
 * render, add document information and bookmarks, then move the finished file into place. Any
 * failure removes the temporary file, so the target path never holds half a PDF.
 */
import type { Release } from '../../release/schema';
import { prepareTarget } from '../atomic-write';
import { documentInfo } from './document-info';
import type { PrintedPage } from './page-script';
import { finishPdf } from './pdf-finish';

export type ExportProgress =
  | { stage: 'starting' }
  | { stage: 'laid-out'; pages: number }
  | { stage: 'printing'; pages: number }
  | { stage: 'finishing'; page: number; pages: number }
  | { stage: 'done'; pages: number; bytes: number; path: string };

export interface ExportJob {
  release: Release;
  target: string;
  /** Renders the print-mode deck: Playwright + Chromium in the CLI, printToPDF in the app. */
  render(progress: (p: ExportProgress) => void): Promise<{ pdf: Uint8Array; pages: PrintedPage[]; closed?: Promise<void> }>;
  onProgress?: (p: ExportProgress) => void;
}

export interface ExportResult {
  path: string;
  pages: number;
  bytes: number;
}

export async function exportPdf(job: ExportJob): Promise<ExportResult> {
  const progress = job.onProgress ?? (() => {});
  const pending = await prepareTarget(job.target);
  let closed: Promise<void> | undefined;
  try {
    progress({ stage: 'starting' });
    const rendered = await job.render(progress);
    closed = rendered.closed;
    const { pdf, pages } = rendered;
    if (pages.length === 0) throw new Error('the deck has no slides to print');
    const bookmarks = pages.map((p, i) => {
      progress({ stage: 'finishing', page: i + 1, pages: pages.length });
      return { title: p.title, page: i };
    });
    const finished = await finishPdf(pdf, documentInfo(job.release), bookmarks);
    await pending.commit(finished);
    const result = { path: job.target, pages: pages.length, bytes: finished.byteLength };
    progress({ stage: 'done', ...result });
    return result;
  } finally {
    await pending.discard();
    // The browser shuts down while the PDF is finished; the export is over when both are.
    await closed;
  }
}
