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
