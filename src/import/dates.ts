/**
 * Date phrases in English and Japanese release text → ISO partial dates.
 *   "March 20, 2017" → 2017-03-20 · "October 2015" → 2015-10 · "2017年3月20日" / "平成29年3月20日" → 2017-03-20
 * Pure. Callers pass text as written; full-width digits are folded here so offsets stay on the original.
 */
import { isRealPartialDate } from '../release/schema';

export interface DateMention {
  iso: string;
  /** Offset and length in the text as given. */
  index: number;
  length: number;
  /** Words right before the date, so callers can tell "as of March 2017" from "in March 2017". */
  before: string;
  /** Text right after it ("時点", "現在"). */
  after: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// Order matters: the longest forms first, and each match consumes its text so "March 20, 2017" is not also "20, 2017".
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number?, number?] | undefined }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [Number(m[3]), month(m[1]!), Number(m[2])] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'), read: (m) => [Number(m[3]), month(m[2]!), Number(m[1])] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'), read: (m) => [Number(m[2]), month(m[1]!)] },
  { re: /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g, read: (m) => [era(m[1]!, m[2]!), Number(m[3]), opt(m[4])] },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g, read: (m) => [Number(m[1]), Number(m[2]), opt(m[3])] },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** Every date phrase in `text`, in order of appearance. */
export function findDates(text: string): DateMention[] {
  // NFKC would change lengths for some characters; full-width digits and spaces are one-for-one.
  const folded = foldDigits(text);
  const taken: boolean[] = new Array(folded.length).fill(false);
  const found: DateMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (taken.slice(m.index, m.index + m[0].length).some(Boolean)) continue;
      const parts = read(m);
      const iso = parts && toIso(...parts);
      if (!iso) continue;
      for (let i = m.index; i < m.index + m[0].length; i++) taken[i] = true;
      found.push({
        iso,
        index: m.index,
        length: m[0].length,
        before: text.slice(Math.max(0, m.index - 24), m.index),
        after: text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date phrase of the whole `text` when the text is nothing but a date (a "Release date" value). */
export function parseDateLine(text: string): string | undefined {
  const trimmed = text.trim();
  const [first] = findDates(trimmed);
  if (!first) return undefined;
  const rest = trimmed.slice(0, first.index) + trimmed.slice(first.index + first.length);
  return /^[\s,.()（）:：\p{Script=Han}]*$/u.test(rest.replace(/[曜日]/g, '')) ? first.iso : undefined;
}

/** A date said as "as of …" / "…時点" / "…現在" is the time of a figure, not an event. */
export function isAsOf(mention: DateMention): boolean {
  return /\bas\s+of\s*$/i.test(mention.before) || /^\s*(?:時点|現在)/.test(mention.after) || /^[)）]?\s*(?:時点|現在)/.test(mention.after);
}

export function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function month(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function era(name: string, year: string): number {
  return (ERA_START[name] ?? 0) + (year === '元' ? 1 : Number(year));
}

function opt(v: string | undefined): number | undefined {
  return v === undefined ? undefined : Number(v);
}

function toIso(y: number, m?: number, d?: number): string | undefined {
  if (y < 1900 || y > 2200) return undefined;
  const p = (n: number) => String(n).padStart(2, '0');
  const iso = m === undefined ? String(y) : d === undefined ? `${y}-${p(m)}` : `${y}-${p(m)}-${p(d)}`;
  return isRealPartialDate(iso) ? iso : undefined;
}
