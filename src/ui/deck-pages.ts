/**
 * Reading the pages of the reveal deck as drawn (SlideFrame.svelte writes these attributes), shared
 * by the kiosk loop and a briefing's --auto so both time a page by one rule.
 */
import { secondsOnScreen } from '../deck/timing';

/** Milliseconds the page stays up at ×1: its own share of seconds after pagination, or the floor. */
export function pageMs(section: Element | undefined): number {
  const seconds = (section as HTMLElement | undefined)?.dataset.seconds;
  return secondsOnScreen(seconds === undefined ? undefined : Number(seconds)) * 1000;
}

export function pageId(section: Element | undefined): string | undefined {
  return (section as HTMLElement | undefined)?.dataset.slideId;
}
