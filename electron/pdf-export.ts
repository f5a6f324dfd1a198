/**
 * "Export PDF…" in the app, without Electron in it: ask where, render the print layout (a hidden
 * window's printToPDF, injected), finish and write it through the same pipeline as the CLI, and tell
 * the person how it went. Unit-tested with fakes; electron/export-window.ts is the thin real part.
 */
import type { ReleaseState } from '../src/ipc/contract';
import { exportPdf, type ExportProgress, type ExportResult } from '../src/node/export/export-pdf';
import type { PrintedPage } from '../src/node/export/page-script';
import { printQuery, type PrintSettings } from '../src/node/export/print-url';

export interface AppExportDeps {
  currentRelease(): Promise<ReleaseState>;
  /** The save dialog: a path, or undefined when the person cancelled. */
  chooseTarget(suggestedName: string): Promise<string | undefined>;
  /** Loads the renderer with this print query in a hidden window and prints it. */
  render(query: string): Promise<{ pdf: Uint8Array; pages: PrintedPage[] }>;
  /** Progress in the task bar / dock: 0..1, or undefined when there is none. */
  showProgress(fraction: number | undefined): void;
  notify(kind: 'info' | 'error', message: string, detail?: string): void;
}

export type AppExportOutcome = { outcome: 'done'; result: ExportResult } | { outcome: 'cancelled' } | { outcome: 'failed'; message: string } | { outcome: 'busy' };

/** One export at a time: the shortcut pressed twice does not start two. */
export function createAppExporter(deps: AppExportDeps): (settings?: Omit<PrintSettings, 'release'>) => Promise<AppExportOutcome> {
  let busy = false;
  return async (settings = {}) => {
    if (busy) return { outcome: 'busy' };
    busy = true;
    try {
      return await runExport(deps, settings);
    } finally {
      busy = false;
      deps.showProgress(undefined);
    }
  };
}

async function runExport(deps: AppExportDeps, settings: Omit<PrintSettings, 'release'>): Promise<AppExportOutcome> {
  const state = await deps.currentRelease();
  if (!state.ok) {
    const message = `${state.file} has ${state.problems.length} problem${state.problems.length === 1 ? '' : 's'}; fix the release before exporting.`;
    deps.notify('error', 'The PDF was not exported', message);
    return { outcome: 'failed', message };
  }
  const target = await deps.chooseTarget(suggestedPdfName(state.file));
  if (!target) return { outcome: 'cancelled' };
  try {
    const result = await exportPdf({
      release: state.release,
      target,
      onProgress: (p) => deps.showProgress(fraction(p)),
      render: () => deps.render(printQuery(settings)),
    });
    deps.notify('info', `Exported ${result.pages} slide${result.pages === 1 ? '' : 's'} to PDF`, result.path);
    return { outcome: 'done', result };
  } catch (e) {
    const message = (e as Error).message;
    deps.notify('error', 'The PDF was not exported', `${message}\nNothing was written to ${target}.`);
    return { outcome: 'failed', message };
  }
}

/** slides/x.release.yaml → x.pdf */
export function suggestedPdfName(releaseFile: string): string {
  const base = releaseFile.split(/[\\/]/).pop() ?? 'deck';
  return `${base.replace(/(\.release)?\.ya?ml$/i, '') || 'deck'}.pdf`;
}

function fraction(p: ExportProgress): number {
  switch (p.stage) {
    case 'starting': return 0.05;
    case 'laid-out': return 0.4;
    case 'printing': return 0.5;
    case 'finishing': return 0.8 + 0.15 * (p.page / p.pages);
    case 'done': return 1;
  }
}
