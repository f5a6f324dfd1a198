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
    if (el.clientWidth > 0 && (el.scrollWidth > el.clientWidth + tolerance || el.scrollHeight > el.clientHeight + tolerance) && getComputedStyle(el).display !== 'inline') return true;
  }
  return false;
}
