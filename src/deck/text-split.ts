/**
 * Where long text may be cut when it has to run onto another slide: sentence boundaries, then word
 * boundaries, never inside a word. Pieces keep their trailing spaces, so joining them with '' gives
 * back the original text exactly (and the sentence check in the tests can find every sentence).
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function sentences(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out = [...seg.segment(text)].map((s) => s.segment).filter((s) => s.length > 0);
  return out.length > 0 ? out : [text];
}

/**
 * Word-sized pieces: a break is allowed after whitespace, or next to CJK characters (which are
 * written without spaces and may break between words, as the ICU word segmenter finds them).
 */
export function words(text: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  const pieces: string[] = [];
  let current = '';
  let prev = '';
  for (const { segment, isWordLike } of seg.segment(text)) {
    const breakHere = current !== '' && isWordLike === true && (/\s$/.test(prev) || CJK.test(segment) || CJK.test(prev));
    if (breakHere) {
      pieces.push(current);
      current = '';
    }
    current += segment;
    prev = segment;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** A run of non-space characters this long is a URL, a path or a code, not a word. */
const LONG_TOKEN = 16;

/**
 * Where a long unbreakable token (a URL) may wrap: after `/` (after `//` as a pair), `?`, `&` and
 * `=`. Returns the text in pieces, a line break allowed between any two (the renderer puts a
 * <wbr> there); CSS still breaks anywhere as a last resort. Text without long tokens is one piece.
 */
export function breakHints(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const token of text.matchAll(/\S+/g)) {
    if (token[0].length < LONG_TOKEN) continue;
    const t = token[0];
    for (let i = 0; i < t.length - 1; i++) {
      const c = t[i]!;
      if (!'/?&='.includes(c) || (c === '/' && t[i + 1] === '/')) continue;
      const at = token.index + i + 1;
      pieces.push(text.slice(start, at));
      start = at;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}
