/**
 * The visitor input unit: a touch, click, key, wheel or swipe anywhere pauses the loop (idle time
 * then resumes it), and a tap on the screen's outer fifths steps (src/kiosk/tap-zones.ts). Input
 * meant for an on-screen control (the kiosk buttons, the display settings) is the control's.
 */
import type { Stop } from '../../app/lifecycle';
import { tapZone } from '../../kiosk/tap-zones';
import { listenForKeys } from '../keys';
import { isOnControl } from '../on-control';

export interface VisitorInputOptions {
  /** Someone is there: pause, and restart the idle time. */
  interact(): void;
  step(direction: 'previous' | 'next'): void;
  /** The kiosk's own controls: Space and Enter there press a button, not the deck. */
  controls(): HTMLElement | undefined;
}

// Tab and bare modifiers move focus or start a chord: they reach the controls, not the slides.
const NOT_VISITOR_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta']);
const POINTER_INPUT = ['pointerdown', 'wheel', 'touchstart'] as const;

export function watchVisitors(o: VisitorInputOptions): Stop {
  const inControls = (e: Event) => {
    const controls = o.controls();
    return controls !== undefined && e.target instanceof Node && controls.contains(e.target);
  };
  const onKey = (e: KeyboardEvent) => {
    if (NOT_VISITOR_KEYS.has(e.key)) return;
    // Space and Enter press the focused control; other keys there (arrows) still drive the slides.
    if (inControls(e) && (e.key === ' ' || e.key === 'Enter')) return;
    o.interact();
  };
  const onPointer = (e: Event) => {
    if (!inControls(e)) o.interact();
  };
  const onClick = (e: MouseEvent) => {
    // Any control (ours, display settings) is not a tap on the slide.
    if (isOnControl(e.target)) return;
    const zone = tapZone(e.clientX, window.innerWidth);
    if (zone !== 'pause') o.step(zone);
  };
  const stopKeys = listenForKeys('mode', onKey);
  for (const type of POINTER_INPUT) window.addEventListener(type, onPointer, { capture: true, passive: true });
  window.addEventListener('click', onClick);
  return () => {
    stopKeys();
    for (const type of POINTER_INPUT) window.removeEventListener(type, onPointer, { capture: true });
    window.removeEventListener('click', onClick);
  };
}
