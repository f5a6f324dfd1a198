/**
 * reveal.js settings shared by every mode. Modes (kiosk, briefing, print) adjust these; they do not
 * start from reveal's defaults, several of which are wrong for PressDeck (see the comments).
 */
import type { RevealConfig } from 'reveal.js';

export const CANVAS = { width: 1920, height: 1080 } as const;

/** Height of the speaker-notes band printed under each slide (PDF and PNG with notes). */
export const NOTES_BAND_HEIGHT = 540;

export function revealConfig(overrides: RevealConfig = {}): RevealConfig {
  return {
    width: CANVAS.width,
    height: CANVAS.height,
    // Slides fill the canvas edge to edge; the margins are our own padding.
    margin: 0,
    minScale: 0.05,
    maxScale: 4,
    center: false,
    display: 'flex',
    // Position is kept by slide id, not the URL: the URL carries view settings.
    hash: false,
    history: false,
    respondToHashChanges: false,
    controls: false,
    progress: false,
    slideNumber: false,
    help: false,
    fragments: false,
    transition: 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    keyboard: true,
    overview: true,
    touch: true,
    jumpToSlide: true,
    // Below 435 px reveal would switch to its scroll view, which our layouts are not made for.
    // (reveal checks typeof === 'number'; its types do not admit the documented null).
    scrollActivationWidth: null as unknown as number,
    // The postMessage API is an attack surface we do not need (reveal 6.0.2 fixed an XSS in it).
    postMessage: false,
    postMessageEvents: false,
    // One PDF page per slide, as the export promises.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    preloadIframes: false,
    autoSlide: 0,
    ...overrides,
  };
}
