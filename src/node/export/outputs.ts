/**
 * The formats an export writes, each a small module with one shape: reserve its target, then write
 * from the laid-out deck the pipeline hands it (pipeline.ts). Adding a format is adding a row here.
 */
import type { EnginePage } from './engine';
import type { ExportJob, ExportProgress, ExportTools } from './pipeline';
import type { ExportFormat, ExportOptions } from './options';
import type { PrintedPage } from './page-script';
import { htmlOutput } from './output-html';
import { mp4Output } from './output-mp4';
import { pdfOutput } from './output-pdf';
import { pngOutput } from './output-png';

/** The target reserved before rendering: moved into place by commit, removed by discard. */
export interface Target {
  /** A file (pdf, mp4, zip) or a staging folder (png pages, the player folder). */
  path: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
  /** Single-file targets: the bytes to commit. */
  bytes?: Uint8Array;
  /** Numbered files (deck.png → deck-01.png): the stem they share; '' inside a folder of their own. */
  stem?: string;
}

/** The deck as the engine laid it out: the page to picture and what its pages are. */
export interface Rendered {
  page: EnginePage;
  pages: PrintedPage[];
  /** Tells the pipeline the engine is no longer needed (it closes while the output finishes). */
  done(): void;
}

export interface OutputContext {
  job: ExportJob;
  size: { width: number; height: number };
  target: Target;
  progress: (p: ExportProgress) => void;
  tools: ExportTools;
  rendered?: Rendered;
}

export interface Output {
  /** Whether the format is drawn from the renderer's laid-out pages (all but the HTML player). */
  rendersPages: boolean;
  /** Fails early, before anything is rendered, when a tool the format needs is missing. */
  check?(tools: ExportTools): Promise<void>;
  prepare(target: string, options: ExportOptions): Promise<Target>;
  write(context: OutputContext): Promise<{ bytes: number; pages: number }>;
}

export const OUTPUTS: Readonly<Record<ExportFormat, Output>> = {
  pdf: pdfOutput,
  png: pngOutput,
  mp4: mp4Output,
  html: htmlOutput,
};
