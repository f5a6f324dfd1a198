/**
 * The deck window. Security options are written out literally (not left to defaults) so a reader
 * and Electronegativity can both see them.
 */
import { BrowserWindow } from 'electron';

export interface DeckWindowOptions {
  preload: string;
  title: string;
}

export function createDeckWindow(options: DeckWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 720,
    minWidth: 480,
    minHeight: 270,
    show: false,
    backgroundColor: '#fbfaf7',
    title: options.title,
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) can open links in new windows; this app never needs it.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  return win;
}
