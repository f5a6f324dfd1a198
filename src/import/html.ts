/**
 * A saved release web page → plain text lines, without a DOM (this runs in the pure core).
 *
 * A small tokenizer rather than an HTML parser package: we only need text, block boundaries and list
 * markers, and skipping whole regions (script, nav, footer…) by counting nesting of the same tag is
 * enough for that. Malformed markup degrades to extra or missing line breaks, never to lost text.
 */

/** Elements whose whole content is never release text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'header', 'footer', 'aside', 'iframe', 'select', 'button', 'form', 'object', 'canvas', 'map']);
/** Their content is raw text: a "<" inside must not be read as a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html',
]);
/** class/id/role words that mark page furniture in sites that do not use <nav>/<footer>. */
// Whole class tokens only: "release-header" holds the title, "header" is the site's banner.
const FURNITURE = /^(?:nav|navi|navbar|navigation|g?nav|global-?nav(?:i|igation)?|breadcrumbs?|topic-?path|pankuzu|sidebar|side-?nav|footer|site-?footer|header|site-?header|skip|skip-?link|sns|share|social)$/i;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', ndash: '–', mdash: '—', hellip: '…',
  copy: '©', reg: '®', trade: '™', middot: '·', bull: '•', yen: '¥', euro: '€', pound: '£', times: '×', divide: '÷',
  deg: '°', plusmn: '±', laquo: '«', raquo: '»', shy: '', zwnj: '', zwj: '', sect: '§', para: '¶', rarr: '→', larr: '←',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Invalid or NUL code points become U+FFFD as in browsers, never a raw NUL in a release file.
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** True when the text looks like markup rather than a text release. */
export function looksLikeHtml(source: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)/i.test(source) || /<(?:body|p|div|h1)[\s>]/i.test(source.slice(0, 4096));
}

interface ListFrame {
  ordered: boolean;
  counter: number;
}

export function htmlToText(html: string): string {
  let out = '';
  const lists: ListFrame[] = [];
  /** While set, everything is skipped until this tag closes at depth 0. */
  let skipping: { tag: string; depth: number } | undefined;
  let pre = 0;
  let i = 0;

  const newline = () => {
    out = out.replace(/[ ]+$/, '');
    if (!out.endsWith('\n')) out += '\n';
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunk = html.slice(i, lt === -1 ? html.length : lt);
    if (!skipping && chunk) {
      const textChunk = decodeEntities(pre > 0 ? chunk : chunk.replace(/\s+/g, ' '));
      out += out.endsWith('\n') || out === '' ? textChunk.replace(/^ +/, '') : textChunk;
    }
    if (lt === -1) break;
    i = lt;

    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 64));
    if (!m) {
      // A lone "<" in text, e.g. "a < b".
      if (!skipping) out += '<';
      i++;
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    const end = tagEnd(html, i + m[0].length);
    const attrs = html.slice(i + m[0].length, end);
    const selfClosing = /\/\s*$/.test(attrs) || VOID.has(tag);
    i = end + 1;

    if (!closing && RAW_TEXT.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, i);
      const rawEnd = close === -1 ? html.length : close;
      if (!skipping && tag === 'textarea') out += decodeEntities(html.slice(i, rawEnd));
      i = close === -1 ? html.length : tagEnd(html, close) + 1;
      continue;
    }

    if (skipping) {
      if (tag === skipping.tag && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (!closing && !selfClosing && (SKIP.has(tag) || isFurniture(attrs))) {
      skipping = { tag, depth: 1 };
      continue;
    }

    if (tag === 'br') { newline(); continue; }
    if (tag === 'pre') pre += closing ? -1 : 1;
    if (tag === 'td' || tag === 'th') { if (!closing) out += ' '; continue; }
    if (tag === 'ul' || tag === 'ol') {
      newline();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', counter: startOf(attrs) - 1 });
      continue;
    }
    if (tag === 'li' && !closing) {
      newline();
      const list = lists[lists.length - 1];
      const depth = Math.max(0, lists.length - 1);
      let marker = '• ';
      if (list?.ordered) marker = `${++list.counter}. `;
      out += '  '.repeat(depth) + marker;
      continue;
    }
    if (BLOCK.has(tag)) {
      newline();
      // A blank line after paragraphs and headings, as in the text releases.
      if (closing && /^(p|h[1-6]|table|dl|blockquote|figure)$/.test(tag)) out += '\n';
    }
  }
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Index of the ">" that ends the tag starting before `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote: string | undefined;
  for (let j = from; j < html.length; j++) {
    const c = html[j]!;
    if (quote) { if (c === quote) quote = undefined; }
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return html.length;
}

function isFurniture(attrs: string): boolean {
  if (/\brole\s*=\s*["']?(?:navigation|banner|contentinfo|search)\b/i.test(attrs)) return true;
  const names = [...attrs.matchAll(/\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((a) => a[1] ?? a[2] ?? a[3] ?? '');
  return names.some((n) => n.split(/\s+/).some((token) => FURNITURE.test(token)));
}

function startOf(attrs: string): number {
  const m = /\bstart\s*=\s*["']?(\d+)/i.exec(attrs);
  return m ? Number(m[1]) : 1;
}
