/**
 * Organizations: "Name (ACRONYM)" headings and mentions, and the facts a profile states in prose
 * (founding month and bodies, member count, working groups). Pure.
 */
import { findDates, foldDigits, isAsOf } from './dates';
import { splitSentences } from './text';

export interface NamedOrg {
  name: string;
  /** The acronym in brackets; absent when the text gives none. */
  short?: string;
  id: string;
}

// Acronyms: "ITAC", "AIOTI", "OpenFog"? no — at least two capitals, optional digits/&/-.
const ACRONYM = '([A-Z][A-Za-z0-9&\\-]*[A-Z0-9][A-Za-z0-9&\\-]*)';
const HEADING = new RegExp(`^(.+?)\\s*[(（]\\s*${ACRONYM}\\s*[)）]\\s*$`);

/** "IoT Acceleration Consortium (ITAC)" → { name, short: 'ITAC', id: 'itac' } */
export function parseOrgHeading(text: string): NamedOrg | undefined {
  const m = HEADING.exec(text.trim());
  if (!m) return undefined;
  const name = m[1]!.replace(/^(?:the|an?)\s+/i, '').replace(/[:：,、]$/, '').trim();
  const short = m[2]!;
  if (!name || name.length > 120 || /[.。]$/.test(name) || capitals(short) < 2) return undefined;
  return { name, short, id: idFor(short) };
}

/** "ITAC" → "itac"; a whole name too ("Pier Logistics Consortium" → "pier-logistics-consortium"). */
export function idFor(short: string): string {
  return short.toLowerCase().replace(/&/g, '-and-').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '') || 'org';
}

/** Words that make "X (ABC)" an organization rather than "Memorandum of Understanding (MOU)". */
const ORG_WORDS = /\b(consortium|alliance|association|organi[sz]ation|council|institute|agency|ministry|commission|federation|foundation|forum|union|society|corporation|company|inc|ltd|university|cent(?:er|re)|bank|committee|partnership|network|initiative|group|office|authority|board|bureau|department|laborator(?:y|ies)|companies)\b|機構|協会|コンソーシアム|連合|同盟|アライアンス|省|庁|委員会|財団|大学|センター|協議会|研究所|会議|フォーラム|株式会社/i;

/** Every "Full Name (ACR)" in `text` that names an organization. */
export function orgMentionsWithAcronyms(text: string): { org: NamedOrg; index: number }[] {
  const out: { org: NamedOrg; index: number }[] = [];
  const re = new RegExp(`[(（]\\s*${ACRONYM}\\s*[)）]`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const short = m[1]!;
    if (capitals(short) < 2) continue;
    const before = text.slice(0, m.index);
    const name = nameBefore(before, short);
    if (!name || !ORG_WORDS.test(name)) continue;
    out.push({ org: { name, short, id: idFor(short) }, index: m.index });
  }
  return out;
}

/**
 * The name ending right before "(ACR)": English takes capitalised words (and "of", "for", "and"…) back
 * from the parenthesis; Japanese takes the run of non-punctuation characters.
 */
function nameBefore(before: string, short: string): string | undefined {
  if (/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]\s*$/u.test(before)) {
    const m = /([^\s、。「」『』（）()，,・:：]+)\s*$/u.exec(before);
    return m?.[1]?.replace(/^.*?(?:は|が|と|や|の|、)(?=[^はがとやの]*$)/u, '') || undefined;
  }
  const words = before.trimEnd().split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/^(of|for|and|the|on|in|&|de|du|des|für|und)$/i.test(w) && name.length > 0 && /^[A-Z]/.test(words[i - 1] ?? '')) { name.unshift(w); continue; }
    // "Economy," belongs to "Ministry of Economy, Trade and Industry"; a comma before a lower-case word ends the name.
    if (/^[A-Z0-9][\w’'&.-]*$/.test(w) || (/^[A-Z][\w’'&.-]*,$/.test(w) && /^[A-Z]/.test(name[0] ?? ''))) { name.unshift(w); continue; }
    break;
  }
  while (name.length > 0 && /^(of|for|and|the|on|in|&)$/i.test(name[0]!)) name.shift();
  const joined = name.join(' ').trim();
  // The acronym's first letter should usually start the name; when it does not, keep the name anyway.
  return joined && joined !== short ? joined : undefined;
}

function capitals(s: string): number {
  return (s.match(/[A-Z]/g) ?? []).length;
}

/** Whether `text` names the organization, by acronym (as a word) or full name. */
export function mentions(text: string, org: NamedOrg): boolean {
  if (text.includes(org.name)) return true;
  if (!org.short) return false;
  const escaped = org.short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`).test(text);
}

export interface OrgFacts {
  founded?: string;
  foundedBy?: string[];
  members?: { count: number; approximate?: boolean; asOf?: string };
  workingGroups?: { count: number } | { text: string };
  region?: string;
}

const FOUNDING = /\b(?:inaugurated|established|founded|launched|set\s+up|created|formed)\b|設立|発足|創設|設置/i;

export function orgFacts(body: string): OrgFacts {
  const facts: OrgFacts = {};
  for (const sentence of splitSentences(body)) {
    // NFKC for figures: "約２，８００社" → "約2,800社".
    const folded = sentence.normalize('NFKC');
    if (!facts.founded && FOUNDING.test(sentence)) {
      const date = findDates(sentence).find((d) => !isAsOf(d));
      if (date) facts.founded = date.iso;
      const by = foundedBy(sentence);
      if (by.length > 0) facts.foundedBy = by;
    }
    if (!facts.members) facts.members = members(folded);
    if (!facts.workingGroups) facts.workingGroups = workingGroups(folded);
  }
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as OrgFacts;
}

function foundedBy(sentence: string): string[] {
  const en = /\b(?:(?:in|with\s+the)\s+(?:cooperation|collaboration|support|participation)\s+(?:with|of|from)|under\s+the\s+(?:auspices|initiative)\s+of|jointly\s+by|together\s+with|by)\s+(.+?)(?=\s+as\s+|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|\s+to\s+|\s+with\s+the\s+aim|[;.]|$)/i.exec(sentence);
  if (en) {
    const clause = en[1]!;
    const acronyms = [...clause.matchAll(/\(([A-Z][A-Za-z0-9&-]*[A-Z])\)/g)].map((m) => m[1]!);
    if (acronyms.length > 0) return acronyms;
    return clause
      .split(/\s*,\s*|\s+and\s+/)
      .map((s) => s.replace(/^(?:the)\s+/i, '').trim())
      .filter((s) => /^[A-Z]/.test(s) && s.length < 80);
  }
  const ja = /([^、。]+?)(?:の連携|の協力|が共同|により|によって|が主導)/u.exec(foldDigits(sentence));
  if (ja) {
    const clause = ja[1]!.replace(/^.*?(?:年\s*\d*\s*月\s*(?:\d+\s*日)?\s*(?:に)?[、,]?)/u, '').replace(/^.*?は/u, '');
    const acronyms = [...clause.matchAll(/[(（]([A-Z][A-Za-z0-9&-]*[A-Z])[)）]/g)].map((m) => m[1]!);
    if (acronyms.length > 0) return acronyms;
    return clause.split(/と|及び|、|・/).map((s) => s.trim()).filter((s) => s.length > 0 && s.length < 40);
  }
  return [];
}

function members(folded: string): OrgFacts['members'] {
  const en = /\b(approximately|about|around|some|over|more\s+than|nearly|roughly)?\s*(\d[\d,]*)\s+(?:[A-Za-z]+\s+){0,2}members?(?:\s+(?:companies|organi[sz]ations|firms|entities))?\b(?:[^.]*?\bas\s+of\s+)?/i.exec(folded);
  const ja = /会員[^。]*?(約|およそ|概ね)?\s*(\d[\d,]*)\s*(?:社|団体|者|機関)/.exec(folded) ?? /(約|およそ|概ね)?\s*(\d[\d,]*)\s*(?:社|団体|者|機関)の?(?:会員|メンバー)/.exec(folded);
  const m = en ?? ja;
  if (!m) return undefined;
  const count = Number(m[2]!.replace(/,/g, ''));
  if (!Number.isFinite(count)) return undefined;
  const asOf = findDates(folded).find((d) => isAsOf(d))?.iso;
  const result: NonNullable<OrgFacts['members']> = { count };
  if (m[1]) result.approximate = true;
  if (asOf) result.asOf = asOf;
  return result;
}

function workingGroups(folded: string): OrgFacts['workingGroups'] {
  const n = /\b(\d+)\s+working\s+groups?\b/i.exec(folded) ?? /(\d+)\s*(?:の)?\s*(?:ワーキンググループ|ワーキング・グループ|WG)/.exec(folded);
  if (n) return { count: Number(n[1]) };
  const words = /\b(multiple|several|various|many|numerous)\s+working\s+groups\b/i.exec(folded);
  if (words) return { text: words[1]!.toLowerCase() };
  const ja = /(複数|多数|様々|さまざま)の?\s*(?:ワーキンググループ|ワーキング・グループ|WG)/.exec(folded);
  if (ja) return { text: ja[1]! };
  return undefined;
}
