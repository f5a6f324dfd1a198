/**
 * The one IPC contract between main, preload and renderer. Every channel is named here with its
 * payload types; main validates what arrives, the preload exposes only these calls, by name.
 */
import type { NavMessage } from '../briefing/messages';
import type { KioskProblem } from '../kiosk/problem';
import type { ReleaseProblem } from '../release/problems';
import type { Release } from '../release/schema';

/** What the renderer is told about the release: the deck to show, or why the file could not be used. */
export type ReleaseState =
  | { ok: true; file: string; release: Release }
  | { ok: false; file: string; problems: ReleaseProblem[] };

/** renderer → main, answered (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeChannels {
  'release:get': { request: void; response: ReleaseState };
}

/** renderer → main, one-way (ipcRenderer.send / ipcMain.on). */
export interface SendChannels {
  /** A briefing window's move; main validates it and relays it to the briefing windows as `nav:state`. */
  'nav:command': NavMessage;
  /** Kiosk: the slide now on screen, so a reload after a crash comes back to it. */
  'kiosk:slide': string;
  /** Kiosk: a problem for the kiosk log, not the screen (a release image that did not load). */
  'kiosk:problem': KioskProblem;
}

/** main → renderer, one-way (webContents.send / ipcRenderer.on). */
export interface EventChannels {
  'release:changed': ReleaseState;
  'nav:state': NavMessage;
}


/** Slide ids are slugs (see plan.ts `slug`), possibly with a page suffix (`~2`): anything else is refused. */
export const SLIDE_ID = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,95}(?:~\d{1,4})?$/u;

/** What the preload puts on `window.pressdeck`. */
export interface PressDeckApi {
  getRelease(): Promise<ReleaseState>;
  /** Returns a function that stops listening. */
  onReleaseChanged(listener: (state: ReleaseState) => void): () => void;
  /** Briefing: tell the other window where this one is. */
  sendNav(message: NavMessage): void;
  /** Briefing: where the other window is. Returns a function that stops listening. */
  onNav(listener: (message: NavMessage) => void): () => void;
  /** Kiosk only: report the slide on screen (one-way). */
  reportSlide?(id: string): void;
  /** Kiosk only: a problem for the kiosk log (one-way). */
  reportProblem?(problem: KioskProblem): void;
}
