/**
 * Does anything in a slide stick out of its content box, or scroll inside its own box? Rectangles,
 * not scroll sizes alone, because the slide's padding would hide content that runs into it.
 */
export function overflowsCanvas(section: HTMLElement, tolerance = 1): boolean {
  if (section.scrollHeight > section.clientHeight + tolerance || section.scrollWidth > section.clientWidth + tolerance) return true;
  const box = section.getBoundingClientRect();
  const css = getComputedStyle(section);
  const right = box.right - parseFloat(css.paddingRight);
  const bottom = box.bottom - parseFloat(css.paddingBottom);
  const left = box.left + parseFloat(css.paddingLeft);
  const top = box.top + parseFloat(css.paddingTop);
  for (const el of section.querySelectorAll<HTMLElement>('*')) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) continue; // visually-hidden labels, hidden notes
    if (r.bottom > bottom + tolerance || r.right > right + tolerance || r.left < left - tolerance || r.top < top - tolerance) return true;
    // Visible-overflow boxes only get the horizontal check: their vertical scroll size includes
    // glyph overhang of tight line boxes, which hides nothing; the rectangles above catch real spill.
    if (el.clientWidth > 0 && scrollsPastBox(el, tolerance)) return true;
  }
  return false;
}

/** Content wider than its box; or, for a box that clips, taller than it. */
export function scrollsPastBox(el: HTMLElement, tolerance = 1): boolean {
  if (el.scrollWidth <= el.clientWidth + tolerance && el.scrollHeight <= el.clientHeight + tolerance) return false;
  const css = getComputedStyle(el);
  if (css.display === 'inline') return false;
  if (el.scrollWidth > el.clientWidth + tolerance) return true;
  return css.overflowY !== 'visible';
}
