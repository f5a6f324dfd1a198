/**
 * Does anything in a slide stick out of its content box, or scroll inside its own box? Rectangles,
 * not scroll sizes alone, because the slide's padding would hide content that runs into it.
 */
export function overflowsCanvas(section: HTMLElement, tolerance = 1): boolean {
  if (section.scrollHeight > section.clientHeight + tolerance || section.scrollWidth > section.clientWidth + tolerance) return true;
  const inner = contentBox(section);
  for (const el of section.querySelectorAll<HTMLElement>('*')) if (!elementFits(el, inner, tolerance)) return true;
  return false;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The slide's box inside its padding: where content may go. */
export function contentBox(section: HTMLElement): Box {
  const box = section.getBoundingClientRect();
  const css = getComputedStyle(section);
  return {
    left: box.left + parseFloat(css.paddingLeft),
    top: box.top + parseFloat(css.paddingTop),
    right: box.right - parseFloat(css.paddingRight),
    bottom: box.bottom - parseFloat(css.paddingBottom),
  };
}

/** The element lies inside the content box and does not scroll. */
export function elementFits(el: HTMLElement, inner: Box, tolerance = 1): boolean {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 && r.height <= 1) return true; // visually-hidden labels, hidden notes
  if (r.bottom > inner.bottom + tolerance || r.right > inner.right + tolerance || r.left < inner.left - tolerance || r.top < inner.top - tolerance) return false;
  // Visible-overflow boxes only get the horizontal check: their vertical scroll size includes
  // glyph overhang of tight line boxes, which hides nothing; the rectangles above catch real spill.
  return !(el.clientWidth > 0 && scrollsPastBox(el, tolerance));
}

/** Content wider than its box; or, for a box that clips, taller than it. */
export function scrollsPastBox(el: HTMLElement, tolerance = 1): boolean {
  if (el.scrollWidth <= el.clientWidth + tolerance && el.scrollHeight <= el.clientHeight + tolerance) return false;
  const css = getComputedStyle(el);
  if (css.display === 'inline') return false;
  if (el.scrollWidth > el.clientWidth + tolerance) return true;
  return css.overflowY !== 'visible';
}
