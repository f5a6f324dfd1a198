/**
 * The progress line unit: one compositor animation per page (not a per-frame script), from where
 * the page is to full over its remaining time; held still while paused.
 *   <div {@attach (bar) => showProgress(bar, snapshot)}>
 */
import type { Stop } from '../../app/lifecycle';
import type { LoopSnapshot } from '../../kiosk/loop';

export function showProgress(bar: HTMLElement, s: LoopSnapshot | undefined): Stop {
  const animations: Animation[] = [];
  if (s) {
    const from = `scaleX(${s.progress})`;
    animations.push(
      s.playing
        ? bar.animate([{ transform: from }, { transform: 'scaleX(1)' }], { duration: Math.max(0, s.remainingMs), easing: 'linear', fill: 'forwards' })
        : bar.animate([{ transform: from }, { transform: from }], { duration: 1, fill: 'forwards' }),
    );
  }
  // Each snapshot draws its own animation from where the line is; the old one goes.
  return () => {
    for (const a of animations) a.cancel();
  };
}
