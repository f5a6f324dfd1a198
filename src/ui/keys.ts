/**
 * Who hears a key first, in one place. Every key listener of the renderer registers through
 * `listenForKeys` with its place in this order; a listener that takes a key calls preventDefault()
 * (and stops it when a later listener must not act on it), and later ones leave a key that is
 * `defaultPrevented` alone.
 *
 *   1. mode       window, capture   the mode's own key map: the briefing keys (digits for number +
 *                                    Enter come before the display shortcuts' 0), or the kiosk's
 *                                    visitor input (it only notes that someone is there; takes nothing)
 *   2. display    document, capture the display shortcuts + - 0 C M (src/ui/a11y/A11yControl.svelte)
 *   3. (a focused control)          Space and Enter press it; the kiosk controls stop them there
 *   4. (reveal.js)                  document, bubble: reveal's keyboard, where the mode leaves it on
 *                                    (the kiosk's arrows; see src/app/modes.ts)
 *   5. presenter  window, bubble    the presenter window's key map (it has no reveal deck)
 */
import type { Stop } from '../app/lifecycle';

export type KeyListener = 'mode' | 'display' | 'presenter';

const PLACE: Record<KeyListener, { target: 'window' | 'document'; capture: boolean }> = {
  mode: { target: 'window', capture: true },
  display: { target: 'document', capture: true },
  presenter: { target: 'window', capture: false },
};

export function listenForKeys(who: KeyListener, listener: (event: KeyboardEvent) => void): Stop {
  const { target, capture } = PLACE[who];
  const on = target === 'window' ? window : document;
  on.addEventListener('keydown', listener as EventListener, capture);
  return () => on.removeEventListener('keydown', listener as EventListener, capture);
}
