/**
 * Wires "Export PDF…" to Electron: save dialog, hidden-window rendering, task-bar progress, message
 * boxes. The flow itself is electron/pdf-export.ts.
 */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ReleaseState } from '../src/ipc/contract';
import { renderInHiddenWindow } from './export-window';
import { createAppExporter } from './pdf-export';

export interface AppExportWiring {
  window(): BrowserWindow | undefined;
  preload: string;
  /** The renderer URL with this query string (app://renderer/…, or the dev server). */
  rendererUrl(query: string): string;
  currentRelease(): Promise<ReleaseState>;
}

export function appPdfExporter(w: AppExportWiring) {
  return createAppExporter({
    currentRelease: w.currentRelease,
    async chooseTarget(suggestedName) {
      const win = w.window();
      const options = {
        title: 'Export PDF',
        buttonLabel: 'Export',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    render: (query) => renderInHiddenWindow({ preload: w.preload, url: w.rendererUrl(query) }),
    showProgress(fraction) {
      w.window()?.setProgressBar(fraction ?? -1);
    },
    notify(kind, message, detail) {
      const win = w.window();
      const options = { type: kind === 'error' ? ('error' as const) : ('info' as const), message, detail, buttons: ['OK'] };
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    },
  });
}
