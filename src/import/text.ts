/**
 * Raw release text → numbered lines, with site chrome set aside (and kept, so the report can list it).
 * Pure. Line numbers are 1-based positions in the text given, so the report points at the input.
 */

export interface Line {
  /** 1-based line number in the input text. */
  n: number;
  text: string;
  indent: number;
}

export interface SplitLines {
  lines: Line[];
  chrome: Line[];
}

// Whole-line matches only: a sentence that merely mentions "Home" must stay content.
const CHROME: RegExp[] = [
  /^font\s*size(\s*change)?$/i,
  /^(easy\s+web\s+browsing(\s+tool)?|web\s+browsing\s+assist(ance)?)$/i,
  /^(skip\s+to\s+(main\s+)?content|main\s+content|back\s+to\s+top|page\s*top|go\s+to\s+top|top\s+of\s+page)$/i,
  /^(home|top|menu|search|site\s*map|sitemap|print|share|tweet|english|japanese|日本語|文字サイズ(の)?(変更)?|標準|大|小|拡大|縮小)$/i,
  /^(ホーム|トップ|サイトマップ|ページの先頭へ(戻る)?|本文へ|メニュー|検索|印刷|音声読み上げ.*|読み上げ.*|Foreign\s+Language)$/i,
  /^(related\s+(website|links?)|関連リンク|関連資料)$/i,
  /^(privacy\s+policy|terms\s+of\s+use|accessibility|contact\s+us|about\s+this\s+site|プライバシーポリシー|利用規約|ウェブアクセシビリティ)(\s*[|｜/]\s*.*)?$/i,
  /^(home|top|ホーム|トップ)\s*[>›»＞]/i,
];

export function isChrome(text: string): boolean {
  // Tool links often come as list items ("• Font Size Change") once a page is flattened.
  const t = text.trim().replace(/^[•・*\-]\s*/, '');
  return CHROME.some((re) => re.test(t));
}

export function splitLines(source: string): SplitLines {
  const lines: Line[] = [];
  const chrome: Line[] = [];
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      // Control characters are never release text (the format refuses them): dropped here.
      const expanded = raw.replace(/\t/g, '    ').replace(/[\u00a0\u2000-\u200b\u3000]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
      const text = expanded.trim().replace(/[ ]{2,}/g, ' ');
      if (!text) return;
      const line = { n: i + 1, text, indent: expanded.length - expanded.trimStart().length };
      (isChrome(text) ? chrome : lines).push(line);
    });
  const crumbs = breadcrumbLength(lines);
  if (crumbs > 0) {
    chrome.push(...lines.splice(0, crumbs));
    chrome.sort((a, b) => a.n - b.n);
  }
  return { lines, chrome };
}

const HOME = /^(?:home|top|ホーム|トップ|トップページ)$/i;
const ITEM = /^([0-9０-９]{1,2})\s*[.．、]\s*(.+)$/;

/**
 * How many of the first lines are a breadcrumb flattened into a numbered list: "1. Home",
 * "2. News Releases", "3. Back Issues", … (a page whose breadcrumb is an <ol>, or its copied text).
 * It starts at "1. Home" (or Top, ホーム) and counts on by one; 0 when the text does not start so.
 */
function breadcrumbLength(lines: readonly Line[]): number {
  const first = lines[0] && ITEM.exec(lines[0].text);
  if (!first || foldNumber(first[1]!) !== 1 || !HOME.test(first[2]!.trim())) return 0;
  let n = 1;
  while (n < lines.length) {
    const m = ITEM.exec(lines[n]!.text);
    if (!m || foldNumber(m[1]!) !== n + 1) break;
    n++;
  }
  return n >= 2 ? n : 0;
}

function foldNumber(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}

const BULLET = /^(?:[•●○◦▪■□◆◇・※*\-–—]|[(（]\s*[0-9０-９a-zA-Z]{1,2}\s*[)）]|[0-9０-９]{1,2}[)）]|[a-z][.)]|[①-⑳])\s*/;

/** "• text" / "・text" / "(1) text" / "a) text" → "text"; undefined when the line is not a list item. */
export function bulletText(text: string): string | undefined {
  const m = BULLET.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  // "-5%" or "(ITAC) is…" are not list items.
  if (!rest || /^\d/.test(rest) && /^[-–—]/.test(m[0])) return undefined;
  if (/^[(（][A-Z]{2,}[)）]/.test(m[0])) return undefined;
  return rest;
}

/**
 * Sentences, for English ("… 2017. Japan …") and Japanese ("…締結した。今後…").
 * Abbreviations that end in a period ("etc.", "Co.", "U.S.") do not end a sentence when lower case follows.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '。' || c === '！' || c === '？') {
      // Keep a closing bracket or quote with its sentence: 「…。」
      let end = i + 1;
      while (end < text.length && /[」』）)]/.test(text[end]!)) end++;
      push(text.slice(start, end));
      start = end;
      i = end - 1;
    } else if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '')) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const next = text[j] ?? '';
      const word = /(\S+)$/.exec(text.slice(start, i + 1))?.[1] ?? '';
      const abbreviation = /^(?:[A-Z]\.){1,3}$|^(?:etc|Co|Inc|Ltd|Corp|Mr|Ms|Mrs|Dr|No|Nos|vs|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/.test(word);
      if (/[A-Z0-9"“‘(（「]/.test(next) && !(abbreviation && /[a-z]/.test(next))) {
        push(text.slice(start, i + 1));
        start = j;
      }
    }
  }
  push(text.slice(start));
  return out;

  function push(s: string) {
    const t = s.trim();
    if (t) out.push(t);
  }
}

/** True for Japanese text: any kana or a run of kanji. */
export function isJapanese(text: string): boolean {
  const kana = (text.match(/[\u3040-\u30ff]/g) ?? []).length;
  return kana >= 10 && kana / Math.max(1, text.replace(/\s/g, '').length) > 0.05;
}
