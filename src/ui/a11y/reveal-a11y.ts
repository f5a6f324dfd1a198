/**
 * What reveal.js leaves undone for screen readers and keyboard users:
 *  - its wrapper gets role="application", which pushes screen readers out of reading mode: removed;
 *  - slides next to the current one stay in the Tab order and the accessibility tree: all but the
 *    current slide are made inert;
 *  - its live region (.aria-status, which reveal fills with each new slide's text) is "polite";
 *    while a kiosk moves by itself that would talk forever. `setLiveRegion` is the only writer of
 *    its aria-live, called by the Deck, which owns reveal: "off" while the deck moves by itself,
 *    "polite" when a person steps it (WAI carousel guidance).
 */
import type { RevealApi } from 'reveal.js';
import type { Stop } from '../../app/lifecycle';

export function hardenReveal(deck: RevealApi): Stop {
  const wrapper = deck.getRevealElement() as HTMLElement | undefined;
  const update = () => {
    wrapper?.removeAttribute('role');
    const current = deck.getCurrentSlide();
    for (const s of deck.getSlides()) (s as HTMLElement).inert = s !== current;
  };
  const events = ['slidechanged', 'ready', 'sync'];
  for (const e of events) deck.on(e, update);
  update();
  // New pages after re-pagination arrive without a slide change: keep the inert state right.
  const slides = wrapper?.querySelector('.slides');
  const watch = new MutationObserver(update);
  if (slides) watch.observe(slides, { childList: true });
  return () => {
    watch.disconnect();
    for (const e of events) deck.off(e, update);
  };
}

/** `announce`: a person drives the deck, so slide changes are read out politely; else silent. */
export function setLiveRegion(deck: RevealApi, announce: boolean): void {
  deck.getRevealElement()?.querySelector('.aria-status')?.setAttribute('aria-live', announce ? 'polite' : 'off');
}
