/**
 * What reveal.js leaves undone for screen readers and keyboard users:
 *  - its wrapper gets role="application", which pushes screen readers out of reading mode: removed;
 *  - slides next to the current one stay in the Tab order and the accessibility tree: all but the
 *    current slide are made inert;
 *  - its live region stays "polite" while auto-advancing (a kiosk would talk forever): "off" then,
 *    "polite" when stepping by hand.
 */
import type { RevealApi } from 'reveal.js';

export function hardenReveal(deck: RevealApi): () => void {
  const wrapper = deck.getRevealElement() as HTMLElement | undefined;
  const update = () => {
    wrapper?.removeAttribute('role');
    const current = deck.getCurrentSlide();
    for (const s of deck.getSlides()) (s as HTMLElement).inert = s !== current;
    wrapper?.querySelector('.aria-status')?.setAttribute('aria-live', deck.isAutoSliding() ? 'off' : 'polite');
  };
  const events = ['slidechanged', 'ready', 'autoslideresumed', 'autoslidepaused', 'sync'];
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
