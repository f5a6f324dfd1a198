/**
 * Lines → the parts of a METI-style release: title, lead, numbered sections, photo caption, appendix
 * organization profiles and the footer block (release date, division, contact, copyright).
 * Pure. Every content line ends up in exactly one part or in `unplaced`, so nothing is lost silently.
 */
import { parseDateLine } from './dates';
import { idFor, parseOrgHeading, type NamedOrg } from './orgs';
import { bulletText, type Line } from './text';

export interface Unplaced {
  line: number;
  text: string;
  reason: string;
}

export interface Part {
  paragraphs: string[];
  points: string[];
}

export interface SectionPart extends Part {
  heading: string;
  line: number;
}

export interface ProfilePart extends Part {
  org: NamedOrg;
  line: number;
  /** The heading named the organization without a short name in brackets ("3. OpenFog Consortium"). */
  nameOnly?: boolean;
}

export interface Footer {
  released?: string;
  division?: string;
  /** The issuer line: "Ministry …1-3-1 Kasumigaseki, … Tel: …" */
  contact?: string;
  phone?: string;
  copyright?: string;
  issuerName?: string;
}

export interface Structure {
  title?: Line;
  /** A one-line subtitle under the title. */
  subtitle?: Line;
  /** Paragraphs and list items between the title and the first section. */
  intro: Part;
  sections: SectionPart[];
  profiles: ProfilePart[];
  captions: Line[];
  footer: Footer;
  unplaced: Unplaced[];
}

const LABELS: { key: keyof Footer; re: RegExp }[] = [
  { key: 'released', re: /^(?:release\s+date|date\s+of\s+release|date\s+released|released(?:\s+on)?|発表日|公表日|報道発表日|発表年月日)\s*[:：]?\s*(.*)$/i },
  { key: 'division', re: /^(?:division\s+in\s+charge|department\s+in\s+charge|divisions\s+in\s+charge|office\s+in\s+charge|担当課室|担当部署|担当課|担当|本件の担当)\s*[:：]?\s*(.*)$/i },
  { key: 'contact', re: /^(?:contact(?:\s+information)?|contacts|inquiries|enquiries|for\s+(?:further\s+)?(?:information|inquiries)|問い?合わせ先|お問い?合わせ先|お問合せ先|連絡先)\s*[:：]?\s*(.*)$/i },
];
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s)/i;
const CAPTION = /^[(（]\s*((?:signing\s+ceremony|signing|ceremony|photo|picture|写真|署名式|調印式|締結式)[^]*?)\s*[)）]$/i;
const APPENDIX = /^(?:[(（【]?\s*(?:appendix|attachment|annex|reference|references|別紙|別添|参考|参考資料)\s*[)）】]?)\s*[:：]?\s*[0-9０-９]*$/i;
const NUMBERED = /^([0-9０-９]{1,2})\s*[.．、]\s*(.+)$/;
const KNOWN_ISSUERS = /^(?:Ministry of [A-Z][A-Za-z, ]+|[\p{Script=Han}]{2,}省|[\p{Script=Han}]{2,}庁|内閣府)$/u;

export function readStructure(input: Line[]): Structure {
  const lines = joinWrapped(input);
  const s: Structure = { intro: { paragraphs: [], points: [] }, sections: [], profiles: [], captions: [], footer: {}, unplaced: [] };

  // Dates and the issuer's name above the title, as Japanese releases print them.
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const date = parseDateLine(line.text);
    if (date && !s.footer.released) { s.footer.released = date; continue; }
    if (KNOWN_ISSUERS.test(line.text) && !s.footer.issuerName) { s.footer.issuerName = line.text; continue; }
    break;
  }
  s.title = lines[i];
  if (!s.title) return s;
  if (s.title && (LABELS.some((l) => l.re.test(s.title!.text)) || COPYRIGHT.test(s.title.text))) {
    s.title = undefined;
    return s;
  }
  i++;

  // Under the title: the date on a line of its own, and a one-line subtitle, in either order.
  for (let k = 0; k < 2 && i < lines.length; k++) {
    const line = lines[i]!;
    const date = parseDateLine(line.text);
    if (date) {
      s.footer.released ??= date;
      i++;
    } else if (!s.subtitle && isSubtitle(line.text, lines[i + 1]?.text)) {
      s.subtitle = line;
      i++;
    } else break;
  }

  let appendix = false;
  let lastSection = 0;
  /** Number of the last numbered profile heading in the appendix ("2. Alliance for … (AIOTI)"). */
  let lastProfile = 0;
  let current: Part = s.intro;
  let inFooter = false;
  /** Number of the last "N." list item, so "1. … 2. … 3. …" inside a section stays a list. */
  let lastItem = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;

    // Footer: labelled values, the issuer's address line and the copyright line.
    const label = LABELS.map(({ key, re }) => ({ key, m: re.exec(text) })).find((l) => l.m);
    if (label?.m) {
      inFooter = true;
      let value = label.m[1]!.trim();
      const next = lines[i + 1];
      if (!value && next && !LABELS.some((l) => l.re.test(next.text)) && !COPYRIGHT.test(next.text)) { value = next.text; i++; }
      if (!value) continue;
      if (label.key === 'released') {
        const iso = parseDateLine(value);
        if (iso) s.footer.released = iso;
        else s.unplaced.push({ line: line.n, text: value, reason: 'release date not understood' });
      } else if (label.key === 'division') {
        s.footer.division = s.footer.division ? `${s.footer.division}; ${value}` : value;
      } else {
        s.footer.contact = s.footer.contact ? `${s.footer.contact} ${value}` : value;
      }
      continue;
    }
    if (COPYRIGHT.test(text)) { s.footer.copyright = text; inFooter = true; continue; }
    if (looksLikeContact(text) && (inFooter || !s.footer.contact)) {
      s.footer.contact = s.footer.contact ? `${s.footer.contact} ${text}` : text;
      inFooter = true;
      continue;
    }
    if (inFooter) {
      s.unplaced.push({ line: line.n, text, reason: 'after the contact block' });
      continue;
    }

    const caption = CAPTION.exec(text);
    if (caption) { s.captions.push(line); continue; }
    if (APPENDIX.test(text)) { appendix = true; continue; }

    const numbered = NUMBERED.exec(text);
    const headingText = numbered?.[2]?.trim();
    const number = numbered ? Number(numbered[1]!.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))) : 0;
    const org = parseOrgHeading(headingText ?? (appendix ? text : ''));
    // An organization heading: in the appendix, or numbered again from 1 after the sections, or indented.
    if (org && (appendix || (numbered && (number <= lastSection || line.indent > 0)) || !numbered)) {
      appendix = true;
      if (numbered) lastProfile = number;
      const profile: ProfilePart = { org, line: line.n, paragraphs: [], points: [] };
      s.profiles.push(profile);
      current = profile;
      continue;
    }
    // The next number of numbered profile headings, without "(ACRONYM)": a profile of its own, not
    // text of the one before ("3. OpenFog Consortium").
    if (appendix && numbered && headingText && lastProfile > 0 && number === lastProfile + 1 && isHeading(headingText)) {
      lastProfile = number;
      const name = headingText.replace(/[:：]$/, '');
      const profile: ProfilePart = { org: { name, id: idFor(name) }, line: line.n, paragraphs: [], points: [], nameOnly: true };
      s.profiles.push(profile);
      current = profile;
      continue;
    }
    const continuesList = numbered !== null && lastItem > 0 && number === lastItem + 1;
    if (numbered && headingText && !appendix && !continuesList && line.indent === 0 && isHeading(headingText) && number === lastSection + 1) {
      lastItem = 0;
      lastSection = number;
      const section: SectionPart = { heading: headingText.replace(/[:：]$/, ''), line: line.n, paragraphs: [], points: [] };
      s.sections.push(section);
      current = section;
      continue;
    }

    // Any other numbered line is a list item: "1. Information exchanges", or a sentence that starts with a number.
    const point = bulletText(text) ?? headingText;
    lastItem = numbered ? number : 0;
    if (point !== undefined) current.points.push(point);
    else current.paragraphs.push(text);
  }
  return s;
}

/**
 * A subtitle is one short line that is not a sentence, a list item or a section heading, with the
 * date or the lead still to come after it.
 */
function isSubtitle(text: string, next: string | undefined): boolean {
  if (next === undefined || text.length > 160 || /[.。!?！？:：]$/.test(text)) return false;
  if (NUMBERED.test(text) || bulletText(text) !== undefined || CAPTION.test(text) || APPENDIX.test(text) || COPYRIGHT.test(text)) return false;
  if (LABELS.some((l) => l.re.test(text)) || NUMBERED.test(next)) return false;
  return parseDateLine(next) !== undefined || /[.。]$/.test(next);
}

/** A heading is short and is not a sentence. */
function isHeading(text: string): boolean {
  return text.length <= 80 && !/[.。]$/.test(text) && !/[.。]\s/.test(text);
}

function looksLikeContact(text: string): boolean {
  return /\b(?:tel|phone)\s*[:：.]/i.test(text) || /(?:電話|ＴＥＬ|TEL)\s*[:：]?\s*[0-9０-９]/.test(text) || /〒\s*[0-9０-９]{3}/.test(text)
    || /\d+-\d+-\d+\s+[A-Z][a-z]+,\s*[A-Z]/.test(text);
}

/**
 * Hard-wrapped text files break a paragraph over several lines; a line that starts in lower case
 * continues the one before it (a heading or list item never does).
 */
function joinWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && /^[a-z]/.test(line.text) && !/[.!?:。]$/.test(prev.text) && bulletText(line.text) === undefined && line.n === lastLineOf(prev) + 1) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}`, span: lastLineOf(prev) + 1 } as Line;
    } else {
      out.push(line);
    }
  }
  return out;
}

function lastLineOf(line: Line): number {
  return (line as Line & { span?: number }).span ?? line.n;
}
