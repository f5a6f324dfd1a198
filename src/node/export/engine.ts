/**
 * What an export needs from a browser engine, and nothing more: open the renderer at a query with a
 * viewport, run a script, print, take a picture of the viewport. Two engines implement it: Chromium
 * through Playwright for the CLI (engine-chromium.ts) and a hidden BrowserWindow in the app
 * (electron/export-window.ts). The load → wait → render sequence is the pipeline's (pipeline.ts).
 */
export interface Viewport {
  width: number;
  height: number;
  /** Device pixels per CSS pixel: PNG --scale. */
  scale: number;
  /** Pictures of the viewport will be taken (PNG, MP4), not only a print (PDF). */
  pictures: boolean;
}

export interface EnginePage {
  /** Runs a script (an expression, possibly a promise) in the page and returns its JSON value. */
  evaluate<T>(script: string): Promise<T>;
  /** Chromium's PDF of the page: CSS page size, backgrounds, an outline, tagged. */
  pdf(): Promise<Uint8Array>;
  /** A PNG of the viewport as it is now (after the page scrolled to what should be in it). */
  screenshot(): Promise<Uint8Array>;
}

export interface ExportEngine {
  /**
   * Loads the renderer with this query string at this viewport; rejects with the renderer's own
   * message when the page throws or crashes. The page stays open until the engine closes.
   */
  open(query: string, viewport: Viewport): Promise<EnginePage>;
  /** Resolves when the browser is gone; safe to call twice. */
  close(): Promise<void>;
}
