/**
 * Reads one layout of a slide for the paginator (Measurer.flow): how much of each block of flowing
 * content (`[data-flow]`, in document order) lies inside the slide's content box. A block that sticks
 * out is read line by line: line boxes stack at the block's line height, so the lines that fit are
 * counted from the box's bottom edge, and the character where the first line that does not fit
 * begins is found by bisecting character rectangles (Range.getClientRects) in the settled layout.
 */
import type { FlowFit } from '../../deck/paginate';
import { contentBox, elementFits, type Box } from './overflow';

/** Chromium's `text-wrap: pretty` rebalances up to the last four lines of a paragraph; one more for safety. */
const PRETTY_LINES = 5;

export function readFlow(section: HTMLElement, tolerance = 1): FlowFit[] | undefined {
  if (section.scrollWidth > section.clientWidth + tolerance) return undefined;
  const inner = contentBox(section);
  const blocks = [...section.querySelectorAll<HTMLElement>('[data-flow]')];
  // Containers of blocks grow with what is in them: only the blocks themselves are read. Anything
  // else that sticks out (the head, say) cannot be read from here: the caller measures page by page.
  const containers = new Set<Element>();
  for (const b of blocks) for (let e = b.parentElement; e && e !== section; e = e.parentElement) containers.add(e);
  for (const el of section.querySelectorAll<HTMLElement>('*')) {
    if (containers.has(el) || el.closest('[data-flow]')) continue;
    if (!elementFits(el, inner, tolerance)) return undefined;
  }
  let overflowed = false;
  const out: FlowFit[] = [];
  for (const block of blocks) {
    const length = (block.textContent ?? '').length;
    if (overflowed) {
      out.push({ length, fit: 0, line: 0 });
      continue;
    }
    const box = block.getBoundingClientRect();
    if (box.left < inner.left - tolerance || box.right > inner.right + tolerance) return undefined;
    const whole = box.bottom <= inner.bottom + tolerance && [block, ...block.querySelectorAll<HTMLElement>('*')].every((el) => elementFits(el, inner, tolerance));
    if (whole) {
      out.push({ length, fit: length, line: length });
      continue;
    }
    overflowed = true;
    if (!isText(block)) {
      out.push({ length, fit: 0, line: length });
      continue;
    }
    const lines = linesInside(block, inner, tolerance);
    if (!lines) return undefined;
    out.push({ length, ...lines });
  }
  return out;
}

/** Only text (and <wbr> break hints) inside: a paragraph or bullet, not a card of several parts. */
function isText(block: HTMLElement): boolean {
  return [...block.children].every((c) => c.tagName === 'WBR');
}

function linesInside(block: HTMLElement, inner: Box, tolerance: number): Pick<FlowFit, 'fit' | 'line'> | undefined {
  const css = getComputedStyle(block);
  const lineHeight = parseFloat(css.lineHeight);
  if (!(lineHeight > 0)) return undefined;
  const box = block.getBoundingClientRect();
  const top = box.top + parseFloat(css.borderTopWidth) + parseFloat(css.paddingTop);
  const below = parseFloat(css.paddingBottom) + parseFloat(css.borderBottomWidth);
  const height = box.bottom - below - top;
  const count = Math.round(height / lineHeight);
  // Line boxes of one height, stacked: otherwise (an inline of another size) this reading is not
  // exact. Layout rounds each line box to 1/64 px, so a long block may drift by that much a line.
  if (count < 1 || Math.abs(height - count * lineHeight) > 0.5 + count / 64) return undefined;
  const step = height / count;
  const fitting = Math.max(0, Math.floor((inner.bottom + tolerance - below - top) / step + 1e-6));
  if (fitting >= count) return undefined;
  const text = new TextIndex(block);
  const lineOf = (i: number) => Math.floor((text.middle(i) - top) / step);
  // Balanced lines (headings), and the last lines of a paragraph set `pretty`, break differently
  // once the text ends earlier: text after the first line that fits no more might then fit, so
  // only the whole block is known not to fit. (Pretty never changes how many lines a text takes.)
  const wrap = css.getPropertyValue('text-wrap-style') || css.getPropertyValue('text-wrap');
  const settled = !/balance/.test(wrap) && !(/pretty/.test(wrap) && fitting + 1 >= count - PRETTY_LINES);
  return { fit: firstOnLine(text.length, lineOf, fitting), line: settled ? firstOnLine(text.length, lineOf, fitting + 1) : text.length };
}

/** Smallest character index on line `line` or later (the text's length if none), by bisection: lines only go down. */
function firstOnLine(length: number, lineOf: (i: number) => number, line: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lineOf(mid) >= line) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Character positions of a block's text nodes, as one string. */
class TextIndex {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  readonly length: number;
  private readonly range = document.createRange();

  constructor(block: HTMLElement) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      this.nodes.push(node);
      this.starts.push(n);
      n += node.length;
    }
    this.length = n;
  }

  /**
   * Vertical middle of character i's glyph box. A collapsed or hanging space has no box of its own:
   * it takes the next character's line (the break falls after it).
   */
  middle(i: number): number {
    for (let j = i; j < this.length; j++) {
      const r = this.rect(j);
      if (r) return (r.top + r.bottom) / 2;
    }
    return Infinity;
  }

  private rect(i: number): DOMRect | undefined {
    let k = this.starts.length - 1;
    while (this.starts[k]! > i) k--;
    const node = this.nodes[k]!;
    const offset = i - this.starts[k]!;
    this.range.setStart(node, offset);
    this.range.setEnd(node, offset + 1);
    const rects = this.range.getClientRects();
    const r = rects[rects.length - 1];
    return r && r.height > 0 ? r : undefined;
  }
}
