/**
 * Renders the print layout in a hidden window and prints it with Chromium's own PDF printer, the
 * engine Playwright's page.pdf() uses in the CLI: same URL, same options, same pages. Security
 * options are written out literally, as in window.ts.
 */
import { BrowserWindow } from 'electron';
import { WAIT_FOR_PRINT_PAGES, type PrintedPage } from '../src/node/export/page-script';

export async function renderInHiddenWindow(options: { preload: string; url: string }): Promise<{ pdf: Uint8Array; pages: PrintedPage[] }> {
  const win = new BrowserWindow({
    show: false,
    width: 1920,
    height: 1080,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Middle-click (auxclick) can open links in new windows; printing never needs it.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      spellcheck: false,
      // A hidden window is throttled by default: timers, fonts and layout would stall.
      backgroundThrottling: false,
    },
  });
  try {
    const gone = new Promise<never>((_, reject) => {
      win.webContents.once('render-process-gone', (_event, details) => reject(new Error(`the renderer stopped (${details.reason})`)));
    });
    await Promise.race([win.loadURL(options.url), gone]);
    const pages = (await Promise.race([win.webContents.executeJavaScript(WAIT_FOR_PRINT_PAGES, true), gone])) as PrintedPage[];
    const pdf = await Promise.race([
      win.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      }),
      gone,
    ]);
    return { pdf: new Uint8Array(pdf), pages };
  } finally {
    win.destroy();
  }
}
