/**
 * Wires File › Export as… to Electron: save dialog, hidden-window engine, task-bar progress,
 * message boxes. The flow itself is electron/app-export.ts; the pipeline is src/node/export/.
 */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ReleaseState } from '../src/ipc/contract';
import { findFfmpeg } from '../src/node/export/ffmpeg';
import type { ExportFormat } from '../src/node/export/options';
import { createAppExporter, FORMAT_LABELS } from './app-export';
import { hiddenWindowEngine } from './export-window';

export interface AppExportWiring {
  window(): BrowserWindow | undefined;
  preload: string;
  /** The renderer URL with this query string (app://renderer/…, or the dev server). */
  rendererUrl(query: string): string;
  currentRelease(): Promise<ReleaseState>;
  releasePath: string;
  /** The offline player build (out/player), for the HTML player. */
  playerDir: string;
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { pdf: 'pdf', png: 'png', mp4: 'mp4', html: 'zip' };

export function appExporter(w: AppExportWiring) {
  return createAppExporter({
    currentRelease: w.currentRelease,
    releasePath: () => w.releasePath,
    async chooseTarget(suggestedName, format) {
      const win = w.window();
      const options = {
        title: `Export ${FORMAT_LABELS[format].noun}`,
        buttonLabel: 'Export',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: FORMAT_LABELS[format].noun, extensions: [EXTENSIONS[format]] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    engine: async () => hiddenWindowEngine({ preload: w.preload, url: w.rendererUrl }),
    tools: () => ({ ffmpeg: findFfmpeg(), playerDir: w.playerDir }),
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
