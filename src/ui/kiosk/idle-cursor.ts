/**
 * The idle cursor unit: the pointer disappears after `hideCursorAfterMs` still and comes back when
 * the mouse moves (the class's CSS: KioskControls.svelte).
 */
import type { Stop } from '../../app/lifecycle';

export const CURSOR_HIDDEN_CLASS = 'kiosk-cursor-hidden';

export function hideIdleCursor(root: HTMLElement, hideCursorAfterMs: number): Stop {
  let timer = 0;
  const moved = () => {
    root.classList.remove(CURSOR_HIDDEN_CLASS);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => root.classList.add(CURSOR_HIDDEN_CLASS), hideCursorAfterMs);
  };
  window.addEventListener('pointermove', moved, { passive: true });
  moved();
  return () => {
    window.removeEventListener('pointermove', moved);
    window.clearTimeout(timer);
    root.classList.remove(CURSOR_HIDDEN_CLASS);
  };
}
