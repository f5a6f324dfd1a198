/**
 * The deck window. Security options are written out literally (not left to defaults) so a reader
 * and Electronegativity can both see them.
 */
import { BrowserWindow } from 'electron';

export interface DeckWindowOptions {
  preload: string;
  title: string;
  /** Kiosk: fill this screen area, full screen and locked, no devtools, never throttled. */
  kiosk?: { x: number; y: number; width: number; height: number };
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
    ...(options.kiosk ? { ...options.kiosk, kiosk: true, fullscreen: true, frame: false, skipTaskbar: true, resizable: false } : {}),
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
      devTools: !options.kiosk,
      backgroundThrottling: !options.kiosk,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The page's <title> would replace ours: the speaker tells "audience" from "presenter" by it.
  win.on('page-title-updated', (event) => event.preventDefault());
  return win;
}
