import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planDeck } from '../../../src/deck/plan';
import { parseRelease } from '../../../src/release/parse';
import { splitSentences } from '../../../src/import/text';
import { imported, root, SEED, yamlText } from './helpers';

const seed = readFileSync(SEED, 'utf8');
const handFile = `${root}slides/meti-2017-03-21-itac-aioti-mou.release.yaml`;

describe('importing the seed text', () => {
  const result = imported(seed, 'seed.txt');
  const parsed = parseRelease(result.yaml, 'seed.release.yaml');
  const hand = parseRelease(readFileSync(handFile, 'utf8'), handFile);

  it('gives a valid release', () => {
    expect(parsed.ok).toBe(true);
    expect(hand.ok).toBe(true);
  });

  it('plans the same slide kinds and organizations as the hand-authored release', () => {
    if (!parsed.ok || !hand.ok) throw new Error('invalid');
    expect(planDeck(parsed.release).slides.map((s) => s.kind)).toEqual(planDeck(hand.release).slides.map((s) => s.kind));
    expect(parsed.release.organizations.map((o) => o.id)).toEqual(hand.release.organizations.map((o) => o.id));
  });

  it('finds the fields the hand-authored release has', () => {
    if (!parsed.ok || !hand.ok) throw new Error('invalid');
    const r = parsed.release;
    const h = hand.release;
    expect(r.title).toBe(h.title);
    expect(r.released).toBe('2017-03-21');
    expect(r.lead).toBe(h.lead);
    expect(r.sections.map((s) => s.heading)).toEqual(h.sections.map((s) => s.heading));
    expect(r.issuer).toMatchObject({ name: h.issuer.name, short: 'METI', division: h.issuer.division, address: h.issuer.address, phone: h.issuer.phone, copyright: h.issuer.copyright });
    expect(r.ceremony).toMatchObject({ date: '2017-03-20', occasion: 'CeBIT 2017', place: 'Germany', parties: ['itac', 'aioti'], caption: h.ceremony?.caption });
    for (const [i, org] of r.organizations.entries()) {
      const want = h.organizations[i]!;
      expect(org).toMatchObject({ name: want.name, short: want.short, founded: want.founded, foundedBy: want.foundedBy, members: want.members, workingGroups: want.workingGroups, summary: want.summary });
    }
    expect(r.events.map((e) => e.date)).toEqual(h.events.map((e) => e.date));
    expect(r.events.map((e) => e.organizations)).toEqual(h.events.map((e) => e.organizations));
  });

  it('keeps every sentence of the content, and reports the chrome it dropped', () => {
    const text = yamlText(result.yaml);
    const content = seed.split('\n').slice(2, seed.split('\n').indexOf('Release date'));
    const sentences = content
      .map((l) => l.trim().replace(/^(?:\d+\.|•)\s*/, '').replace(/^\((.*)\)$/, '$1'))
      .filter(Boolean)
      .flatMap(splitSentences);
    expect(sentences.length).toBeGreaterThan(15);
    for (const sentence of sentences) expect(text).toContain(sentence.replace(/\s+/g, ' '));
    expect(result.unplaced).toEqual([]);
    expect(result.chrome.map((c) => c.text)).toEqual(['Font Size Change', 'Easy Web Browsing tool', 'Related website']);
  });

  it('starts with the schema comment and marks its guesses', () => {
    expect(result.yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../resources/release.schema.json');
    expect(result.yaml).toMatch(/^# guessed: date, occasion and place from: "On March 20, 2017/m);
    expect(result.yaml).toContain('parties: [ itac, aioti ]');
  });
});
