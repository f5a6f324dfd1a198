import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RELEASE_FILE } from '../release/defaults';
import { parseRelease } from '../release/parse';
import type { Release } from '../release/schema';
import { planDeck, slug } from './plan';

function load(source: string): Release {
  const r = parseRelease(source, 'x');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.release;
}
const meti = load(readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8'));

describe('planDeck', () => {
  it('orders the METI deck title → lead → sections → timeline → ceremony → profiles → comparison → closing', () => {
    const plan = planDeck(meti);
    expect(plan.slides.map((s) => s.id)).toEqual([
      'title', 'lead', 'section-background', 'section-key-points-of-the-mou', 'timeline', 'ceremony',
      'org-itac', 'org-aioti', 'comparison', 'closing',
    ]);
    expect(plan.loopSeconds).toBe(plan.slides.reduce((t, s) => t + s.seconds, 0));
  });

  it('leaves out timeline, ceremony and comparison when the release has nothing for them', () => {
    const release: Release = { ...meti, events: [], ceremony: undefined, organizations: [meti.organizations[0]!] };
    expect(planDeck(release).slides.map((s) => s.kind)).toEqual(['title', 'lead', 'section', 'section', 'organization', 'closing']);
  });

  it('makes no profile or comparison slides for a release about no organization', () => {
    const release = load('format: pressdeck/release@1\ntitle: T\nreleased: 2018-10-29\nissuer: { name: M }\nlead: L\nsections:\n  - { heading: H, paragraphs: [p] }\nevents:\n  - { date: 2018-10, text: Signed }\n');
    expect(planDeck(release).slides.map((s) => s.kind)).toEqual(['title', 'lead', 'section', 'timeline', 'closing']);
  });

  it('puts the subtitle on the title slide', () => {
    const title = planDeck({ ...meti, subtitle: 'Cooperation in the field of IoT' }).slides[0]!;
    expect(title.kind === 'title' && title.subtitle).toBe('Cooperation in the field of IoT');
    expect(planDeck(meti).slides[0]).not.toHaveProperty('subtitle');
  });

  it('keeps a section\'s own id whatever its heading says', () => {
    const ids = (heading: string) => planDeck({ ...meti, sections: [{ id: 'background', heading, paragraphs: ['p'] }, { heading, paragraphs: ['q'] }] }).slides.filter((s) => s.kind === 'section').map((s) => s.id);
    expect(ids('Background')).toEqual(['section-background', 'section-background-2']);
    expect(ids('How it began')).toEqual(['section-background', 'section-how-it-began']);
  });

  it('sets figures large: approximate member counts with ≈, working-group counts, founding year', () => {
    const plan = planDeck(meti);
    const aioti = plan.slides.find((s) => s.id === 'org-aioti');
    expect(aioti?.kind === 'organization' && aioti.figures).toEqual([
      { value: '≈160', label: 'member companies, March 2017' },
      { value: '13', label: 'Working groups' },
      { value: '2015', label: 'Founded' },
    ]);
  });

  it('compares organizations row by row, one value per organization', () => {
    const comparison = planDeck(meti).slides.find((s) => s.kind === 'comparison');
    expect(comparison?.kind === 'comparison' && comparison.rows).toEqual([
      { label: 'Founded', values: ['October 2015', 'March 2015'] },
      { label: 'Founded by', values: ['METI, MIC', 'European Commission'] },
      { label: 'Region', values: ['Japan', 'European Union'] },
      { label: 'Members', values: ['≈2,800', '≈160'] },
      { label: 'Working groups', values: ['multiple', '13'] },
    ]);
  });

  it('highlights the event on the ceremony date and sorts events by date', () => {
    const timeline = planDeck(meti).slides.find((s) => s.kind === 'timeline');
    expect(timeline?.kind === 'timeline' && timeline.events.map((e) => [e.date, e.highlight])).toEqual([
      ['2015-03', false], ['2015-10', false], ['2016-10', false], ['2017-02', false], ['2017-03-20', true],
    ]);
  });

  it('uses a duration from the release over reading time, and says so', () => {
    const release: Release = { ...meti, sections: [{ heading: 'H', paragraphs: ['p'], duration: 42 }] };
    const section = planDeck(release).slides.find((s) => s.kind === 'section')!;
    expect([section.seconds, section.secondsFrom]).toEqual([42, 'release']);
  });

  it('keeps ids unique when two sections share a heading', () => {
    const release: Release = { ...meti, sections: [{ heading: 'Notes', paragraphs: ['a'] }, { heading: 'Notes', paragraphs: ['b'] }] };
    expect(planDeck(release).slides.filter((s) => s.kind === 'section').map((s) => s.id)).toEqual(['section-notes', 'section-notes-2']);
  });

  it('writes dates and numbers in the release language', () => {
    const plan = planDeck({ ...meti, lang: 'ja' });
    const title = plan.slides[0]!;
    expect(title.kind === 'title' && title.date).toBe('2017年3月21日');
  });
});

describe('slug', () => {
  it('keeps letters of any script and joins words with hyphens', () => {
    expect(slug('Key points of the MOU')).toBe('key-points-of-the-mou');
    expect(slug('背景と経緯')).toBe('背景と経緯');
    expect(slug('!!!')).toBe('section');
  });
});
