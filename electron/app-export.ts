/**
 * File › Export as… in the app, without Electron in it: ask where, run the one export pipeline
 * (src/node/export/pipeline.ts) with the hidden-window engine (injected), show progress, and tell the
 * person how it went. Unit-tested with fakes; electron/export-window.ts is the thin real part.
 */
import type { ReleaseState } from '../src/ipc/contract';
import type { ExportEngine } from '../src/node/export/engine';
import type { ExportFormat, ExportOptions } from '../src/node/export/options';
import { runExport, type ExportProgress, type ExportResult, type ExportTools } from '../src/node/export/pipeline';

export interface AppExportDeps {
  currentRelease(): Promise<ReleaseState>;
  /** The release file's path (the HTML player carries its images). */
  releasePath(): string;
  /** The save dialog for this format: a path, or undefined when the person cancelled. */
  chooseTarget(suggestedName: string, format: ExportFormat): Promise<string | undefined>;
  /** Starts the engine: a hidden window in the app. */
  engine(): Promise<ExportEngine>;
  tools(): ExportTools;
  /** Progress in the task bar / dock: 0..1, or undefined when there is none. */
  showProgress(fraction: number | undefined): void;
  notify(kind: 'info' | 'error', message: string, detail?: string): void;
}

export type AppExportOutcome = { outcome: 'done'; result: ExportResult } | { outcome: 'cancelled' } | { outcome: 'failed'; message: string } | { outcome: 'busy' };

/** What each format is called in the menu, the dialogs and the messages. */
export const FORMAT_LABELS: Readonly<Record<ExportFormat, { menu: string; noun: string }>> = {
  pdf: { menu: 'PDF…', noun: 'PDF' },
  png: { menu: 'PNG Images…', noun: 'PNG images' },
  mp4: { menu: 'MP4 Video of the Kiosk Loop…', noun: 'MP4 video' },
  html: { menu: 'Offline HTML Player (ZIP)…', noun: 'HTML player' },
};

/** One export at a time: the shortcut pressed twice does not start two. */
export function createAppExporter(deps: AppExportDeps): (options?: Partial<ExportOptions>) => Promise<AppExportOutcome> {
  let busy = false;
  return async (options = {}) => {
    if (busy) return { outcome: 'busy' };
    busy = true;
    try {
      return await runAppExport(deps, { format: 'pdf', ...options });
    } finally {
      busy = false;
      deps.showProgress(undefined);
    }
  };
}

async function runAppExport(deps: AppExportDeps, options: ExportOptions): Promise<AppExportOutcome> {
  const noun = FORMAT_LABELS[options.format].noun;
  const state = await deps.currentRelease();
  if (!state.ok) {
    const message = `${state.file} has ${state.problems.length} problem${state.problems.length === 1 ? '' : 's'}; fix the release before exporting.`;
    deps.notify('error', `The ${noun} was not exported`, message);
    return { outcome: 'failed', message };
  }
  const target = await deps.chooseTarget(suggestedName(state.file, options.format), options.format);
  if (!target) return { outcome: 'cancelled' };
  try {
    const result = await runExport({
      release: state.release,
      releasePath: deps.releasePath(),
      target,
      // The app's HTML player is always a ZIP: one file to copy to a signage system or a stick.
      options: options.format === 'html' ? { ...options, zip: true } : options,
      engine: deps.engine,
      tools: deps.tools(),
      ...(state.theme ? { theme: state.theme } : {}),
      onProgress: (p) => deps.showProgress(fraction(p)),
    });
    deps.notify('info', `Exported ${result.pages} slide${result.pages === 1 ? '' : 's'} as ${noun}`, result.path);
    return { outcome: 'done', result };
  } catch (e) {
    const message = (e as Error).message;
    deps.notify('error', `The ${noun} was not exported`, `${message}\nNothing was written to ${target}.`);
    return { outcome: 'failed', message };
  }
}

/** slides/x.release.yaml → x.pdf, x.png (x-01.png …), x.mp4, x-player.zip */
export function suggestedName(releaseFile: string, format: ExportFormat = 'pdf'): string {
  const base = releaseFile.split(/[\\/]/).pop() ?? 'deck';
  const stem = base.replace(/(\.release)?\.ya?ml$/i, '') || 'deck';
  return format === 'html' ? `${stem}-player.zip` : `${stem}.${format}`;
}

/** @deprecated name kept for callers of the PDF-only exporter. */
export const suggestedPdfName = (releaseFile: string) => suggestedName(releaseFile, 'pdf');

function fraction(p: ExportProgress): number {
  switch (p.stage) {
    case 'starting': return 0.05;
    case 'laid-out': return 0.3;
    case 'printing': return 0.5;
    case 'rendering': return 0.3 + 0.4 * (p.page / p.pages);
    case 'encoding': return 0.7 + 0.25 * (p.done / Math.max(1, p.total));
    case 'finishing': return 0.8 + 0.15 * (p.page / p.pages);
    case 'done': return 1;
  }
}
