/**
 * The pages of a briefing as the room sees them. The audience window paginates for the room's font
 * mode; the presenter's own layout may cut the same slide into more or fewer pages, so the two
 * windows talk about pages by identity (id, slide, page n of m, title), never by looking an id up
 * in their own pagination. Pure.
 *   pageRefs([background (1/3), background~2 (2/3), …]) → [{ id: 'background', stem: 'background', n: 1, of: 3, … }, …]
 */
import type { Slide } from '../deck/plan';
import type { PageRef } from './messages';

export type { PageRef };

/** id: data-slide-id (`stem`, then `stem~2`…); title as the room sees it, page marker included. */
export function pageRef(slide: Slide): PageRef {
  return { id: slide.id, stem: slide.page?.stem ?? slide.id, title: slide.title, n: slide.page?.n ?? 1, of: slide.page?.of ?? 1 };
}

export const pageRefs = (slides: readonly Slide[]): PageRef[] => slides.map(pageRef);

/** True when `next` is the following page of the same slide: the speaker keeps talking about it. */
export function continues(now: PageRef | undefined, next: PageRef | undefined): boolean {
  return now !== undefined && next !== undefined && next.stem === now.stem && next.n === now.n + 1;
}

/**
 * The slide of this window's own plan to draw for a page of the room's: the same page when both
 * paginated alike, else the page of the same slide at the same place in it (page 9 of 9 there is
 * the last page here), so a preview is never empty while the room sees something.
 */
export function ownSlideFor(own: readonly Slide[], page: PageRef | undefined): Slide | undefined {
  if (!page) return undefined;
  const same = own.find((s) => s.id === page.id);
  if (same) return same;
  const ofSlide = own.filter((s) => (s.page?.stem ?? s.id) === page.stem);
  if (ofSlide.length === 0) return undefined;
  const at = Math.floor(((page.n - 1) * ofSlide.length) / Math.max(page.of, 1));
  return ofSlide[Math.min(Math.max(at, 0), ofSlide.length - 1)];
}
