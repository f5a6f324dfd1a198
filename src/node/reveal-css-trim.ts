/**
 * Build plugin: reveal.js's stylesheet without the rules for features PressDeck turns off in
 * src/ui/reveal-config.ts (controls, progress bar, slide number, help and preview overlays, the
 * scroll view, fragments, auto-animate, r-stack layout helpers, and every transition but fade and
 * none). They are half of reveal.css (54 kB), which is most of the renderer's CSS.
 * tests/unit/reveal-css-trim.test.ts checks that those features are still off.
 */
import type { Plugin } from 'vite';

const TRANSITIONS = '(?:slide|linear|default|convex|concave|zoom|cube|page)';

/** A selector is dropped when it needs one of these to match. */
const UNUSED = [
  new RegExp(`\\[data-(?:background-)?transition[~^|]?=${TRANSITIONS}(?:-in|-out)?\\]`),
  new RegExp(`\\.reveal\\.${TRANSITIONS}(?=[\\s.:\\[>]|$)`),
  /\.controls(?![\w-])/,
  /\.progress(?![\w-])/,
  /\.slide-number(?![\w-])/,
  /\.r-overlay/,
  // The scroll view; `:not(.reveal-scroll)` rules are for the normal view and stay.
  /(?<!:not\()\.(?:reveal-scroll|scroll-[\w-]+|scrollbar[\w-]*)(?![\w-])/,
  /\.fragment(?![\w-])/,
  /\[data-auto-animate/,
  /\.r-(?:stack|hstack|vstack|fit-text|stretch|media-play-button)(?![\w-])/,
  /\.stretch(?![\w-])/,
  /\.playback(?![\w-])/,
];

export function trimRevealCss(css: string): string {
  return trimBlocks(css.replace(/\/\*(?!!)[\s\S]*?\*\//g, ''));
}

function trimBlocks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) {
      out += css.slice(i);
      break;
    }
    const close = matching(css, open);
    const prelude = css.slice(i, open);
    const body = css.slice(open + 1, close);
    i = close + 1;
    const head = prelude.trim();
    if (/^@(?:media|supports|layer)\b/.test(head)) {
      const inner = trimBlocks(body);
      if (inner.trim()) out += `${prelude}{${inner}}`;
    } else if (head.startsWith('@')) {
      out += `${prelude}{${body}}`;
    } else {
      const kept = splitSelectors(prelude).filter((s) => !UNUSED.some((re) => re.test(s)));
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
  }
  return out;
}

function matching(css: string, open: number): number {
  let depth = 0;
  for (let j = open; j < css.length; j++) {
    if (css[j] === '{') depth++;
    else if (css[j] === '}' && --depth === 0) return j;
  }
  throw new Error('reveal-css-trim: unbalanced braces');
}

/** Commas outside parentheses and brackets separate selectors. */
function splitSelectors(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < prelude.length; j++) {
    const c = prelude[j];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(prelude.slice(start, j).trim());
      start = j + 1;
    }
  }
  parts.push(prelude.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

export function revealCssTrim(): Plugin {
  return {
    name: 'pressdeck:reveal-css-trim',
    enforce: 'pre',
    transform(code, id) {
      return /[\\/]reveal\.js[\\/]dist[\\/]reveal\.css(?:\?|$)/.test(id) ? { code: trimRevealCss(code), map: null } : undefined;
    },
  };
}
