/**
 * Every way the renderer shows a release, described once. App reads this table (through the View,
 * src/app/view.ts) and nothing else in the renderer decides by the mode's name.
 *
 *   ?mode=kiosk → MODES.kiosk: the reveal deck without its overview and jump keys, the kiosk
 *   controls over it, reveal's keyboard stepping (after the kiosk's visitor input has noted the key).
 *
 * `deck` is one window a person steps through (the app without --kiosk or --present; index.html
 * without a mode). A briefing is two windows: `audience`, the room's, and `presenter`, the speaker's,
 * in step over the briefing transport. The order in which key listeners hear a key: src/ui/keys.ts.
 */
import type { RevealConfig } from 'reveal.js';

export const MODE_NAMES = ['deck', 'audience', 'presenter', 'kiosk', 'print'] as const;
export type ModeName = (typeof MODE_NAMES)[number];

export interface Mode {
  name: ModeName;
  /** What fills the window: the reveal.js deck, or the presenter's view of it. */
  screen: 'deck' | 'presenter';
  /** reveal.js settings over revealConfig(); print's page size comes from src/print/print-view.ts. */
  reveal: RevealConfig;
  /** What is laid over the deck: the briefing keys (black screen, number + Enter…) or the kiosk controls. */
  overlay: 'briefing' | 'kiosk' | 'none';
  /** Whose key map steps the deck. */
  keyOwner: 'briefing keys' | 'reveal.js' | 'presenter keys' | 'none';
  /** In step with the other window of a briefing. */
  paired: boolean;
  /** The Aa display settings and their single-key shortcuts. */
  displaySettings: boolean;
  /**
   * A release image that does not load: a notice on screen for whoever runs the window, or a line
   * in the log (the kiosk's log under Electron, the console in a browser) where the screen is the
   * room's or a PDF's.
   */
  imageFailure: 'notice' | 'log';
  /** Before a good deck has been shown, re-read the release until it is valid (what the error page promises). */
  retryUntilValid: boolean;
}

// In briefing windows the key map is ours (src/briefing/keys.ts), so reveal's own keyboard is off.
const BRIEFING_KEYS = { overlay: 'briefing', keyOwner: 'briefing keys', reveal: { keyboard: false } } as const;

export const MODES: Readonly<Record<ModeName, Mode>> = {
  deck: { name: 'deck', screen: 'deck', ...BRIEFING_KEYS, paired: false, displaySettings: true, imageFailure: 'notice', retryUntilValid: true },
  audience: { name: 'audience', screen: 'deck', ...BRIEFING_KEYS, paired: true, displaySettings: true, imageFailure: 'log', retryUntilValid: true },
  presenter: {
    name: 'presenter', screen: 'presenter', reveal: {}, overlay: 'none', keyOwner: 'presenter keys',
    paired: true, displaySettings: false, imageFailure: 'notice', retryUntilValid: true,
  },
  kiosk: {
    name: 'kiosk', screen: 'deck',
    // What reveal would otherwise offer a visitor: the overview grid, jump-to-slide, the help overlay.
    reveal: { overview: false, jumpToSlide: false, help: false },
    overlay: 'kiosk', keyOwner: 'reveal.js', paired: false, displaySettings: true, imageFailure: 'log', retryUntilValid: true,
  },
  print: {
    name: 'print', screen: 'deck', reveal: {}, overlay: 'none', keyOwner: 'none',
    // An export fails at once on a bad release (data-print-error) rather than wait for a fix.
    paired: false, displaySettings: false, imageFailure: 'log', retryUntilValid: false,
  },
};

/** Old `mode` values that still work, → the mode now. */
export const RENAMED_MODES: Readonly<Record<string, ModeName>> = { briefing: 'audience' };
