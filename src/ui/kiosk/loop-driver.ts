/**
 * The kiosk loop unit: a pure KioskLoop (src/kiosk/loop.ts) driving the reveal deck. Each page shown,
 * by the loop or by hand, starts its planned time and is reported (so a reload after a crash comes
 * back to it); the loop advances, wrapping from the last page to the first.
 *   const loop = createLoop(deck, view, (s) => (snapshot = s));  $effect(() => driveDeck(deck, loop, report));
 */
import type { RevealApi } from 'reveal.js';
import { KioskLoop, type LoopSnapshot } from '../../kiosk/loop';
import type { KioskView } from '../../kiosk/query';
import type { Stop } from '../../app/lifecycle';
import { pageId, pageMs } from '../deck-pages';

export function createLoop(deck: RevealApi, view: KioskView, onChange: (snapshot: LoopSnapshot) => void): KioskLoop {
  return new KioskLoop({
    clock: { now: () => performance.now(), setTimer: (fn, ms) => window.setTimeout(fn, ms), clearTimer: (h) => window.clearTimeout(h as number) },
    idleResumeMs: view.idleResumeMs,
    idleRestart: view.idleRestart,
    speed: view.speed,
    timeScale: view.timeScale,
    advance: () => (deck.isLastSlide() ? deck.slide(0) : deck.next()),
    restart: () => deck.slide(0),
    onChange,
  });
}

/** Starts timing the deck's pages with `loop`; the stop also disposes of the loop. */
export function driveDeck(deck: RevealApi, loop: KioskLoop, onSlide?: (id: string) => void): Stop {
  const shown = () => {
    const current = deck.getCurrentSlide();
    loop.slideShown(pageMs(current));
    const id = pageId(current);
    if (id) onSlide?.(id);
  };
  deck.on('slidechanged', shown);
  shown();
  return () => {
    deck.off('slidechanged', shown);
    loop.dispose();
  };
}
