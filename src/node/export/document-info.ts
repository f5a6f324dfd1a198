/**
 * What the PDF says about itself, from the release: title, author (the issuer), subject, the
 * release date as the creation date, and the language. Pure.
 */
import type { Release } from '../../release/schema';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  /** The release date: the document is the release, whenever it was exported. */
  creationDate: Date;
  lang: string;
  keywords: string[];
}

export function documentInfo(release: Release): DocumentInfo {
  const orgs = release.organizations.map((o) => o.short ?? o.name);
  return {
    title: release.title,
    author: release.issuer.name,
    subject: firstSentence(release.lead),
    creationDate: new Date(`${release.released}T00:00:00Z`),
    lang: release.lang,
    keywords: [release.issuer.short ?? release.issuer.name, ...orgs],
  };
}

/** Viewers show the subject on one line: the lead's first sentence, at most 240 characters. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Latin stops end a sentence before a space; CJK stops end it wherever they stand.
  const end = flat.search(/(?<=[.!?])(\s|$)|(?<=[。！？])/);
  const sentence = end > 0 ? flat.slice(0, end) : flat;
  return sentence.length > 240 ? `${sentence.slice(0, 239).trimEnd()}…` : sentence;
}
