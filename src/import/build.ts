/**
 * The parts of a release → release data (the YAML's content), with a note for every guess.
 * Pure. Guessed values carry a path so the YAML writer can put a `# guessed: …` comment beside them.
 */
import { RELEASE_FORMAT } from '../release/schema';
import { findDates, isAsOf } from './dates';
import { mentions, orgFacts, orgMentionsWithAcronyms, type NamedOrg } from './orgs';
import type { Structure, Unplaced } from './structure';
import { splitSentences } from './text';

export type Path = (string | number)[];
export interface Guess {
  path: Path;
  note: string;
}

export interface Built {
  data: Record<string, unknown>;
  guesses: Guess[];
  unplaced: Unplaced[];
}

export class ImportError extends Error {
  override name = 'ImportError';
}

export interface BuildOptions {
  lang: 'en' | 'ja';
  url?: string;
}

export function buildRelease(s: Structure, options: BuildOptions): Built {
  const { lang } = options;
  const guesses: Guess[] = [];
  const unplaced = [...s.unplaced];
  const guess = (path: Path, note: string) => guesses.push({ path, note });

  if (!s.title) throw new ImportError('found no title: the text has no content lines');
  const title = s.title.text;

  // Lead: the first paragraph after the title; the rest of the introduction becomes an overview section.
  const [lead, ...moreIntro] = s.intro.paragraphs;
  if (!lead) throw new ImportError('found no lead paragraph after the title');
  const sections: Record<string, unknown>[] = [];
  if (moreIntro.length > 0 || s.intro.points.length > 0) {
    guess(['sections', 0, 'heading'], 'the text between the lead and the first numbered section, under a heading of our choosing');
    sections.push(section(lang === 'ja' ? '概要' : 'Overview', moreIntro, s.intro.points));
  }
  for (const part of s.sections) {
    if (part.paragraphs.length === 0 && part.points.length === 0) {
      unplaced.push({ line: part.line, text: part.heading, reason: 'a section heading with no text under it' });
      continue;
    }
    sections.push(section(part.heading, part.paragraphs, part.points));
  }

  // Organizations: the appendix profiles, or else those the lead names with an acronym.
  const orgs: Record<string, unknown>[] = [];
  const named: NamedOrg[] = [];
  for (const profile of s.profiles) {
    const heading = profile.org.short ? `${profile.org.name} (${profile.org.short})` : profile.org.name;
    if (named.some((o) => o.id === profile.org.id)) {
      unplaced.push({ line: profile.line, text: heading, reason: 'a second profile of the same organization' });
      continue;
    }
    const sentences = [...profile.paragraphs, ...profile.points].flatMap(splitSentences);
    const [summary, ...points] = sentences;
    if (!summary) {
      unplaced.push({ line: profile.line, text: heading, reason: 'an organization heading with no profile under it' });
      continue;
    }
    if (profile.nameOnly) {
      guess(['organizations', orgs.length], `line ${profile.line}: "${profile.org.name}" has no short name in brackets; the id is made from the name, and short is left out`);
    }
    named.push(profile.org);
    orgs.push({
      id: profile.org.id,
      name: profile.org.name,
      ...(profile.org.short ? { short: profile.org.short } : {}),
      ...orgFacts(sentences.join(' ')),
      summary,
      ...(points.length > 0 ? { points } : {}),
    });
  }
  if (orgs.length === 0) {
    for (const sentence of splitSentences(lead)) {
      for (const { org } of orgMentionsWithAcronyms(sentence)) {
        if (named.some((o) => o.id === org.id)) continue;
        named.push(org);
        guess(['organizations', orgs.length], `no organization profile in the text; ${org.short ?? org.name} is named in the lead, and the summary is the sentence that introduces it`);
        orgs.push({ id: org.id, name: org.name, short: org.short, ...orgFacts(sentence), summary: sentence });
      }
    }
  }
  // No organizations is a release too (a ministry's own guidelines): its deck has no profiles.
  // Also the organizations' acronyms as used in prose, for events and the ceremony.
  const textUnits = [lead, ...sections.flatMap((x) => [...((x.paragraphs as string[]) ?? []), ...((x.points as string[]) ?? [])])];
  const profileUnits = orgs.flatMap((o) => [o.summary as string, ...((o.points as string[] | undefined) ?? [])]);

  const issuer = buildIssuer(s, textUnits.join(' '), options, guess);

  let released = s.footer.released;
  if (!released) {
    const all = [...textUnits, ...profileUnits].flatMap((t) => findDates(t)).filter((d) => d.iso.length === 10).map((d) => d.iso).sort();
    released = all[all.length - 1];
    if (!released) throw new ImportError('found no release date: no "Release date" line and no full date in the text');
    guess(['released'], 'no "Release date" line; the latest full date in the text');
  }

  const events = buildEvents([...textUnits.flatMap(splitSentences), ...profileUnits], named);
  if (events.length > 0) guess(['events'], 'one event per dated sentence; shorten the texts for the timeline');

  const data: Record<string, unknown> = {
    format: RELEASE_FORMAT,
    lang,
    title,
    ...(s.subtitle ? { subtitle: s.subtitle.text } : {}),
    released,
    issuer,
    lead,
    sections,
    events,
  };
  const ceremony = buildCeremony(s, textUnits.flatMap(splitSentences), named, released, guess, unplaced);
  if (ceremony) data.ceremony = ceremony;
  if (orgs.length > 0) data.organizations = orgs;
  if (events.length === 0) delete data.events;
  if (sections.length === 0) delete data.sections;
  return { data, guesses, unplaced };
}

function section(heading: string, paragraphs: string[], points: string[]): Record<string, unknown> {
  return { heading, ...(paragraphs.length > 0 ? { paragraphs } : {}), ...(points.length > 0 ? { points } : {}) };
}

const ISSUERS: { name: RegExp; full: string; short?: string }[] = [
  { name: /Ministry of Economy,? Trade and Industry|\bMETI\b/, full: 'Ministry of Economy, Trade and Industry', short: 'METI' },
  { name: /経済産業省/, full: '経済産業省', short: 'METI' },
  { name: /Ministry of Internal Affairs and Communications/, full: 'Ministry of Internal Affairs and Communications', short: 'MIC' },
  { name: /総務省/, full: '総務省', short: 'MIC' },
];

function buildIssuer(s: Structure, text: string, options: BuildOptions, guess: (p: Path, n: string) => void): Record<string, unknown> {
  const issuer: Record<string, unknown> = {};
  const f = s.footer;
  let name = f.issuerName;
  if (f.contact) {
    const { who, address, phone } = splitContact(f.contact);
    if (who && !name) name = who;
    if (address) issuer.address = address;
    if (phone) issuer.phone = phone;
  }
  if (!name && f.copyright) {
    const m = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:[-–]\d{4})?\s*)?(.+?)[.,]?\s*(?:all\s+rights\s+reserved\.?)?$/i.exec(f.copyright);
    if (m?.[1]) { name = m[1].trim(); guess(['issuer', 'name'], 'from the copyright line'); }
  }
  if (!name) {
    const known = ISSUERS.find((k) => k.name.test(text) || k.name.test(f.division ?? ''));
    if (!known) throw new ImportError('found no issuer: no contact block, no copyright line and no ministry named in the text');
    name = known.full;
    guess(['issuer', 'name'], `no contact block; ${known.full} is named in the text`);
  }
  const short = ISSUERS.find((k) => k.name.test(name!) && k.full === name)?.short ?? /\(([A-Z]{2,})\)/.exec(name)?.[1];
  const result: Record<string, unknown> = { name, ...(short ? { short } : {}) };
  if (f.division) result.division = f.division;
  Object.assign(result, issuer);
  if (f.phone && !result.phone) result.phone = f.phone;
  if (options.url) result.url = options.url;
  if (f.copyright) result.copyright = f.copyright;
  return result;
}

/** "Ministry of …1-3-1 Kasumigaseki, … Japan Tel: +81-…" → name, address, phone. */
export function splitContact(contact: string): { who?: string; address?: string; phone?: string } {
  let rest = contact.trim();
  let phone: string | undefined;
  const tel = /\s*(?:Tel|TEL|Phone|電話|ＴＥＬ)\s*[.:：]?\s*([+＋0-9０-９()（）\-－‐ ]{6,})/i.exec(rest);
  if (tel) {
    phone = tel[1]!.trim();
    rest = (rest.slice(0, tel.index) + rest.slice(tel.index + tel[0].length)).trim();
  }
  const at = rest.search(/〒|\d+-\d+-\d+\s+[A-Z]|\d+-\d+-\d+/);
  const who = (at > 0 ? rest.slice(0, at) : at === 0 ? '' : rest).replace(/[,、\s]+$/, '').trim();
  const address = at >= 0 ? rest.slice(at).replace(/[,、\s]+$/, '').trim() : undefined;
  return { ...(who ? { who } : {}), ...(address ? { address } : {}), ...(phone ? { phone } : {}) };
}

interface Event {
  date: string;
  text: string;
  organizations?: string[];
}

/** One event per dated clause; the same date with overlapping organizations is one event. */
export function buildEvents(sentences: string[], orgs: NamedOrg[]): Event[] {
  const events: Event[] = [];
  for (const sentence of sentences) {
    const dates = findDates(sentence).filter((d) => !isAsOf(d));
    let from = 0;
    dates.forEach((d, k) => {
      const last = k === dates.length - 1;
      const cut = last ? sentence.length : d.index + d.length;
      const clause = sentence.slice(from, cut);
      from = cut;
      const ids = orgs.filter((o) => mentions(clause, o)).map((o) => o.id);
      const orgIds = ids.length > 0 ? ids : orgs.filter((o) => mentions(sentence, o)).map((o) => o.id);
      const text = tidyEventText(clause, d.index - (cut - clause.length), d.length);
      if (!text) return;
      // The same day told twice (lead and background) is one event; an unattributed retelling joins it.
      const same = events.find((e) => e.date === d.iso && (orgIds.length === 0 || !e.organizations || e.organizations.some((id) => orgIds.includes(id))));
      if (same) {
        same.organizations = [...new Set([...(same.organizations ?? []), ...orgIds])];
        return;
      }
      events.push({ date: d.iso, text, ...(orgIds.length > 0 ? { organizations: orgIds } : {}) });
    });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "On March 20, 2017, ITAC and AIOTI concluded …." → "ITAC and AIOTI concluded …" */
function tidyEventText(clause: string, dateAt: number, dateLength: number): string {
  let text = clause;
  const head = text.slice(0, dateAt);
  if (/^\s*(?:on|in|as\s+of)?\s*$/i.test(head)) {
    text = text.slice(dateAt + dateLength).replace(/^\s*(?:には|に|、|,)+\s*/, '');
  }
  text = text.replace(/^[\s,、]*(?:and\s+)?/i, '').replace(/[\s.。,、]+$/, '').trim();
  return text ? text[0]!.toUpperCase() + text.slice(1) : '';
}

function buildCeremony(
  s: Structure, sentences: string[], orgs: NamedOrg[], released: string,
  guess: (p: Path, n: string) => void, unplaced: Unplaced[],
): Record<string, unknown> | undefined {
  const [first, ...others] = s.captions;
  for (const other of others) unplaced.push({ line: other.n, text: other.text, reason: 'another photo caption (only the first becomes the ceremony)' });
  if (!first) return undefined;
  const caption = first.text.replace(/^[(（]\s*|\s*[)）]$/g, '');
  let parties = orgs.filter((o) => mentions(caption, o)).map((o) => o.id);
  const about = sentences.find((t) => /ceremony|式典|署名式|調印式|締結式/i.test(t))
    ?? sentences.find((t) => /\bsign(?:ed|ing)\b|署名|調印/i.test(t) && findDates(t).some((d) => d.iso.length === 10));
  if (parties.length === 0) {
    parties = orgs.filter((o) => about !== undefined && mentions(about, o)).map((o) => o.id);
    if (parties.length === 0) parties = orgs.map((o) => o.id);
    guess(['ceremony', 'parties'], 'the caption names no organization');
  }
  const ceremony: Record<string, unknown> = {};
  const date = findDates(caption).find((d) => d.iso.length === 10)?.iso ?? (about ? findDates(about).find((d) => d.iso.length === 10)?.iso : undefined);
  if (date) ceremony.date = date;
  else {
    ceremony.date = released;
    guess(['ceremony', 'date'], 'no date stated for the ceremony; the release date');
  }
  const occasion = about && occasionOf(about);
  const place = placeOf(caption) ?? (about && placeOf(about));
  if (occasion) ceremony.occasion = occasion;
  if (place) ceremony.place = place;
  if (about && (date || occasion || place)) guess(['ceremony'], `date, occasion and place from: "${about.length > 120 ? `${about.slice(0, 117)}…` : about}"`);
  ceremony.parties = parties;
  ceremony.caption = caption;
  return ceremony;
}

function occasionOf(sentence: string): string | undefined {
  const en = /\b(?:on\s+the\s+occasion\s+of|opportunity\s+provided\s+by|on\s+the\s+sidelines\s+of|during|at)\s+(?:the\s+)?((?:[A-Z0-9][\w&'’.-]*)(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|for|on|and))*)/.exec(sentence);
  if (en) return en[1]!.replace(/\s+(?:of|for|on|and)$/, '').replace(/[.,]$/, '');
  const ja = /「([^」]+)」/.exec(sentence);
  return ja?.[1];
}

function placeOf(sentence: string): string | undefined {
  const en = /\b(?:held|taking\s+place|took\s+place)\s+in\s+(?:the\s+)?([A-Z][\w-]*(?:(?:,\s*|\s+)[A-Z][\w-]*)*)/.exec(sentence);
  if (en) return en[1];
  // A caption ending "… in London".
  const tail = /\bin\s+([A-Z][\w-]*(?:,\s*[A-Z][\w-]*)*)$/.exec(sentence);
  if (tail) return tail[1];
  const ja = /([\p{Script=Han}\p{Script=Katakana}ー]+?)(?:・[\p{Script=Han}\p{Script=Katakana}ー]+)?で開催/u.exec(sentence);
  return ja?.[1];
}
