/**
 * How long a slide stays up in the kiosk loop when the release does not say.
 *
 * Reading time: English max(8 s, 2 s + words ÷ 3), i.e. 180 words a minute (a relaxed reading pace
 * for text on a wall screen, below the ~240 wpm of screen reading) plus 2 s to notice the slide;
 * CJK max(8 s, 2 s + characters ÷ 4), 240 characters a minute, as Japanese has no spaces to count words by.
 * The 8 s floor gives a passer-by time to decide to read.  Results are whole seconds, rounded up.
 *   readingSeconds('Ten words …', 'en') → 8;  240 words → 82
 */
export const MIN_SLIDE_SECONDS = 8;
const NOTICE_SECONDS = 2;
const WORDS_PER_SECOND = 3;
const CJK_CHARS_PER_SECOND = 4;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu;

export function countReadingUnits(text: string): { words: number; cjkChars: number } {
  const cjkChars = (text.match(CJK) ?? []).length;
  const words = text.replace(CJK, ' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { words, cjkChars };
}

export function readingSeconds(texts: readonly string[]): number {
  let words = 0;
  let cjk = 0;
  for (const t of texts) {
    const c = countReadingUnits(t);
    words += c.words;
    cjk += c.cjkChars;
  }
  const seconds = NOTICE_SECONDS + words / WORDS_PER_SECOND + cjk / CJK_CHARS_PER_SECOND;
  return Math.max(MIN_SLIDE_SECONDS, Math.ceil(seconds));
}

/**
 * How long a page stays up, the one rule for the kiosk loop and a briefing's --auto: its planned
 * seconds; a page without a positive time (a continuation page whose share of its slide's seconds
 * rounded down to 0, or a page the plan does not know) stays up for the floor, MIN_SLIDE_SECONDS.
 *   secondsOnScreen(12) → 12;  secondsOnScreen(0) → 8;  secondsOnScreen(undefined) → 8
 */
export function secondsOnScreen(planned: number | undefined): number {
  return planned !== undefined && Number.isFinite(planned) && planned > 0 ? planned : MIN_SLIDE_SECONDS;
}
