/**
 * Pictures of the laid-out pages, one per page, for PNG and MP4: the page scrolls the i-th page to
 * the top of a viewport of exactly one page, and the engine takes a picture of the viewport. The
 * same pixels Chromium prints into the PDF, as PNG.
 */
import type { EnginePage } from './engine';

/** Scrolls page `index` (0-based) to the top and resolves after the next two frames are drawn. */
export function showPageScript(index: number): string {
  return `(async () => {
  const page = document.querySelectorAll('.reveal .slides > section')[${Math.floor(index)}];
  if (!page) throw new Error('no page ${Math.floor(index) + 1}');
  window.scrollTo(0, page.getBoundingClientRect().top + window.scrollY);
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  return Math.round(window.scrollY);
})()`;
}

export async function pageImages(page: EnginePage, count: number, each: (index: number, png: Uint8Array) => Promise<void> | void): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.evaluate<number>(showPageScript(i));
    await each(i, await page.screenshot());
  }
}

/** deck.png → deck-01.png … deck-13.png (at least two digits, more for 100 pages or more). */
export function numberedName(stem: string, index: number, count: number): string {
  const digits = Math.max(2, String(count).length);
  return `${stem}${stem ? '-' : ''}${String(index + 1).padStart(digits, '0')}.png`;
}
