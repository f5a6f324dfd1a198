/**
 * The app's export engine: the renderer in a hidden window, the same URL and readiness flags as the
 * CLI's Chromium (src/node/export/engine.ts). PDF through Chromium's own printer (printToPDF, the
 * engine Playwright's page.pdf() uses); pictures (PNG, MP4) through capturePage of an offscreen
 * window, which paints without being shown (a hidden ordinary window may never paint on Windows and
 * Linux, electron/electron#35953, #49938). Security options are written out literally, as in window.ts.
 */
import { BrowserWindow } from 'electron';
import type { EnginePage, ExportEngine, Viewport } from '../src/node/export/engine';

export function hiddenWindowEngine(options: { preload: string; url(query: string): string }): ExportEngine {
  const windows: BrowserWindow[] = [];
  return {
    async open(query: string, viewport: Viewport): Promise<EnginePage> {
      const win = new BrowserWindow({
        show: false,
        width: viewport.width,
        height: viewport.height,
        useContentSize: true,
        webPreferences: {
          preload: options.preload,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          // Middle-click (auxclick) can open links in new windows; exporting never needs it.
          disableBlinkFeatures: 'Auxclick',
          webviewTag: false,
          spellcheck: false,
          // A hidden window is throttled by default: timers, fonts and layout would stall.
          backgroundThrottling: false,
          offscreen: viewport.pictures ? { deviceScaleFactor: viewport.scale } : false,
        },
      });
      windows.push(win);
      const gone = new Promise<never>((_, reject) => {
        win.webContents.once('render-process-gone', (_event, details) => reject(new Error(`the renderer stopped (${details.reason})`)));
      });
      gone.catch(() => undefined);
      const guard = <T>(p: Promise<T>) => Promise.race([p, gone]);
      await guard(win.loadURL(options.url(query)));
      return {
        evaluate: <T>(script: string) => guard(win.webContents.executeJavaScript(script, true) as Promise<T>),
        pdf: async () =>
          new Uint8Array(
            await guard(
              win.webContents.printToPDF({
                preferCSSPageSize: true,
                printBackground: true,
                // No outline from Chromium: pdf-finish.ts writes one bookmark per page instead.
                generateTaggedPDF: true,
                margins: { top: 0, bottom: 0, left: 0, right: 0 },
              }),
            ),
          ),
        screenshot: async () => new Uint8Array((await guard(win.webContents.capturePage(undefined, { stayHidden: true }))).toPNG()),
      };
    },
    async close() {
      for (const win of windows.splice(0)) if (!win.isDestroyed()) win.destroy();
    },
  };
}
