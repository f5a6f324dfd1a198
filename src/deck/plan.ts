/**
 * Validated release → slide plan: what each slide shows, in order, and how long it stays up.
 * Pure: no DOM, no Electron. The renderer draws it, the main process and CLI list and export it.
 *
 *   title → lead → section… → timeline? → ceremony? → organization… → comparison? → closing
 */
import type { Ceremony, Organization, Release } from '../release/schema';
import { compareDates, formatDate } from './dates';
import { labelsFor, type Labels } from './labels';
import { readingSeconds } from './timing';

export const SLIDE_KINDS = ['title', 'lead', 'section', 'timeline', 'ceremony', 'organization', 'comparison', 'closing'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

interface SlideBase {
  /** Stable across edits of the release: used to keep the position when it reloads. */
  id: string;
  /** Small line above the heading: issuer · date, or what kind of slide this is. */
  kicker: string;
  /** Heading for outlines, the presenter view and `pressdeck plan`. */
  title: string;
  notes?: string;
  /** Seconds on screen in the kiosk loop. */
  seconds: number;
  secondsFrom: 'release' | 'reading-time';
  /** Set by pagination (src/deck/paginate.ts) when the slide's content runs over several pages. */
  page?: { n: number; of: number; stem: string };
  /** Set by pagination on continuation pages: the one-line head shown instead of kicker and heading ("Background (2/3)"). */
  runningHead?: string;
}

export interface Figure {
  value: string;
  label: string;
}

export interface PartyCard {
  id: string;
  short: string;
  name: string;
  region?: string;
}

export type Slide =
  | (SlideBase & { kind: 'title'; heading: string; subtitle?: string; issuer: string; date: string })
  | (SlideBase & { kind: 'lead'; text: string })
  | (SlideBase & { kind: 'section'; heading: string; paragraphs: string[]; points: string[] })
  | (SlideBase & {
      kind: 'timeline';
      events: { date: string; dateLabel: string; text: string; highlight: boolean }[];
    })
  | (SlideBase & {
      kind: 'ceremony';
      occasion?: string;
      date: string;
      place?: string;
      parties: PartyCard[];
      caption: string;
      photo?: { src: string; alt: string };
    })
  | (SlideBase & {
      kind: 'organization';
      organizationId: string;
      name: string;
      short?: string;
      facts: Figure[];
      figures: Figure[];
      summary: string;
      points: string[];
      logo?: string;
    })
  | (SlideBase & {
      kind: 'comparison';
      columns: PartyCard[];
      /** Set by pagination when a lone column's full name leaves no room for its rows. */
      shortHeads?: boolean;
      rows: { label: string; values: string[] }[];
    })
  | (SlideBase & {
      kind: 'closing';
      issuer: string;
      division?: string;
      address?: string;
      phone?: string;
      url?: string;
      released: string;
      copyright?: string;
    });

export type SlideOf<K extends SlideKind> = Extract<Slide, { kind: K }>;

export interface DeckPlan {
  lang: string;
  title: string;
  issuer: string;
  released: string;
  slides: Slide[];
  /** One pass of the kiosk loop, in seconds. */
  loopSeconds: number;
}

export function planDeck(release: Release): DeckPlan {
  const L = labelsFor(release.lang);
  const date = (v: string) => formatDate(v, release.lang);
  const numbers = new Intl.NumberFormat(release.lang);
  const num = (n: number) => numbers.format(n);
  const issuerShort = release.issuer.short ?? release.issuer.name;
  const releasedLabel = date(release.released);
  const orgById = new Map(release.organizations.map((o) => [o.id, o]));
  const party = (o: Organization): PartyCard => ({ id: o.id, short: o.short ?? o.name, name: o.name, region: o.region });

  const slides: Slide[] = [];
  const ids = new Set<string>();
  const add = <S extends Slide>(slide: Omit<S, 'seconds' | 'secondsFrom'>, texts: string[], duration?: number) => {
    let id = slide.id;
    for (let n = 2; ids.has(id); n++) id = `${slide.id}-${n}`;
    ids.add(id);
    slides.push({
      ...slide,
      id,
      seconds: duration ?? readingSeconds(texts),
      secondsFrom: duration === undefined ? 'reading-time' : 'release',
    } as S);
  };

  add<SlideOf<'title'>>(
    {
      kind: 'title', id: 'title', kicker: `${issuerShort} · ${releasedLabel}`, title: release.title, heading: release.title,
      ...(release.subtitle ? { subtitle: release.subtitle } : {}), issuer: release.issuer.name, date: releasedLabel,
    },
    [release.title, release.subtitle ?? '', release.issuer.name],
  );

  add<SlideOf<'lead'>>({ kind: 'lead', id: 'lead', kicker: `${issuerShort} · ${releasedLabel}`, title: L.summary, text: release.lead }, [release.lead]);

  for (const section of release.sections) {
    const paragraphs = section.paragraphs ?? [];
    const points = section.points ?? [];
    add<SlideOf<'section'>>(
      // An explicit id keeps the slide's id when the heading is edited (a watching deck stays put).
      { kind: 'section', id: `section-${section.id ?? slug(section.heading)}`, kicker: issuerShort, title: section.heading, heading: section.heading, paragraphs, points, notes: section.notes },
      [section.heading, ...paragraphs, ...points],
      section.duration,
    );
  }

  if (release.events.length > 0) {
    const ownDates = new Set([release.ceremony?.date, release.released].filter((d): d is string => d !== undefined));
    const anyExplicit = release.events.some((e) => e.highlight !== undefined);
    const events = [...release.events]
      .sort((a, b) => compareDates(a.date, b.date))
      .map((e) => ({
        date: e.date,
        dateLabel: date(e.date),
        text: e.text,
        highlight: anyExplicit ? e.highlight === true : ownDates.has(e.date),
      }));
    add<SlideOf<'timeline'>>(
      { kind: 'timeline', id: 'timeline', kicker: issuerShort, title: L.timeline, events },
      [L.timeline, ...events.flatMap((e) => [e.dateLabel, e.text])],
    );
  }

  if (release.ceremony) {
    const c: Ceremony = release.ceremony;
    const parties = c.parties.map((id) => party(orgById.get(id)!));
    const kicker = [L.ceremony, c.occasion].filter(Boolean).join(' · ');
    add<SlideOf<'ceremony'>>(
      {
        kind: 'ceremony', id: 'ceremony', kicker, title: c.caption, occasion: c.occasion, date: date(c.date), place: c.place,
        parties, caption: c.caption, notes: c.notes,
        photo: c.photo !== undefined ? { src: c.photo, alt: c.photoAlt ?? c.caption } : undefined,
      },
      [kicker, c.caption, ...parties.flatMap((p) => [p.short, p.name]), c.place ?? ''],
      c.duration,
    );
  }

  for (const org of release.organizations) {
    const facts = organizationFacts(org, L);
    const figures = organizationFigures(org, L, date, num);
    add<SlideOf<'organization'>>(
      {
        kind: 'organization', id: `org-${org.id}`, kicker: L.organizationProfile, title: org.short ? `${org.name} (${org.short})` : org.name,
        organizationId: org.id, name: org.name, short: org.short, facts, figures, summary: org.summary, points: org.points ?? [], logo: org.logo, notes: org.notes,
      },
      [org.name, org.summary, ...(org.points ?? []), ...facts.flatMap((f) => [f.label, f.value]), ...figures.flatMap((f) => [f.value, f.label])],
      org.duration,
    );
  }

  if (release.organizations.length >= 2) {
    const orgs = release.organizations;
    const rows = [
      { label: L.founded, values: orgs.map((o) => (o.founded ? date(o.founded) : '—')) },
      { label: L.foundedBy, values: orgs.map((o) => o.foundedBy?.join(', ') ?? '—') },
      { label: L.region, values: orgs.map((o) => o.region ?? '—') },
      { label: L.members, values: orgs.map((o) => (o.members ? memberCount(o.members, num) : '—')) },
      { label: L.workingGroups, values: orgs.map((o) => workingGroups(o, num) ?? '—') },
    ].filter((row) => row.values.some((v) => v !== '—'));
    add<SlideOf<'comparison'>>(
      { kind: 'comparison', id: 'comparison', kicker: L.comparison, title: orgs.map((o) => o.short ?? o.name).join(' · '), columns: orgs.map(party), rows },
      [...orgs.map((o) => o.short ?? o.name), ...rows.flatMap((r) => [r.label, ...r.values])],
    );
  }

  const i = release.issuer;
  add<SlideOf<'closing'>>(
    {
      kind: 'closing', id: 'closing', kicker: L.contact, title: i.name, issuer: i.name, division: i.division, address: i.address,
      phone: i.phone, url: i.url, released: releasedLabel, copyright: i.copyright,
    },
    [i.name, i.division ?? '', i.address ?? '', i.phone ?? '', i.copyright ?? ''],
  );

  return {
    lang: release.lang,
    title: release.title,
    issuer: release.issuer.name,
    released: release.released,
    slides,
    loopSeconds: slides.reduce((sum, s) => sum + s.seconds, 0),
  };
}

function organizationFacts(org: Organization, L: Labels): Figure[] {
  const facts: Figure[] = [];
  if (org.region) facts.push({ label: L.region, value: org.region });
  // The founding year is a figure; the full date appears in the comparison and the timeline.
  if (org.foundedBy?.length) facts.push({ label: L.foundedBy, value: org.foundedBy.join(', ') });
  return facts;
}

/** The two or three numbers worth setting large: members, working groups, founding year. */
function organizationFigures(org: Organization, L: Labels, date: (v: string) => string, num: (n: number) => string): Figure[] {
  const figures: Figure[] = [];
  if (org.members) {
    figures.push({ value: memberCount(org.members, num), label: L.memberCompanies(org.members.asOf ? date(org.members.asOf) : undefined) });
  }
  if (org.workingGroups && 'count' in org.workingGroups) {
    figures.push({ value: num(org.workingGroups.count), label: L.workingGroups });
  }
  if (org.founded) figures.push({ value: org.founded.slice(0, 4), label: L.founded });
  return figures;
}

function memberCount(m: NonNullable<Organization['members']>, num: (n: number) => string): string {
  // "≈" reads as "about" to most people and stays short on a figure; screen readers get the label.
  return m.approximate ? `≈${num(m.count)}` : num(m.count);
}

function workingGroups(o: Organization, num: (n: number) => string): string | undefined {
  if (!o.workingGroups) return undefined;
  return 'count' in o.workingGroups ? num(o.workingGroups.count) : o.workingGroups.text;
}

/** "Key points of the MOU" → "key-points-of-the-mou"; non-Latin headings keep their letters. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return s || 'section';
}
