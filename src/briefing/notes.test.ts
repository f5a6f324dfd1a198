import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planDeck, type Slide } from '../deck/plan';
import { DEFAULT_RELEASE_FILE } from '../release/defaults';
import { parseRelease } from '../release/parse';
import { speakerNotes } from './notes';

const parsed = parseRelease(readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8'), DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const slides = planDeck(parsed.release).slides;
const byId = (id: string): Slide => slides.find((s) => s.id === id)!;

describe('speakerNotes', () => {
  it('uses the release author’s notes when a slide has them', () => {
    const notes = speakerNotes(byId('section-background'));
    expect(notes.generated).toBe(false);
    expect(notes.lines.join(' ')).toContain('fourth international MOU');
  });
  it('gives an organization profile its figures as talking points', () => {
    const notes = speakerNotes(byId('org-itac'));
    expect(notes.generated).toBe(true);
    expect(notes.lines[0]).toBe('IoT Acceleration Consortium (ITAC).');
    expect(notes.lines.some((l) => /^Member companies, .*2017: ≈2,800\.$/.test(l))).toBe(true);
    expect(notes.lines).toContain('Founded: 2015.');
    expect(notes.lines).toContain('Founded by: METI, MIC.');
    expect(speakerNotes(byId('org-aioti')).lines).toContain('Working groups: 13.');
  });
  it('writes non-empty notes for every slide of the default deck', () => {
    for (const slide of slides) {
      const notes = speakerNotes(slide);
      expect(notes.lines.length, slide.id).toBeGreaterThan(0);
      expect(notes.lines.every((l) => l.trim().length > 1), slide.id).toBe(true);
    }
  });
  it('keeps the first sentence of a long lead, and the dated events of the timeline', () => {
    expect(speakerNotes(byId('lead')).lines).toEqual(['On March 20, 2017, the IoT Acceleration Consortium (ITAC) and the Alliance for IoT Innovation (AIOTI) of the EU concluded a Memorandum of Understanding (MOU) for IoT Cooperation.']);
    const timeline = speakerNotes(byId('timeline')).lines;
    expect(timeline).toHaveLength(parsed.release.events.length);
    expect(timeline.at(-1)).toMatch(/ITAC and AIOTI sign an MOU.*\(this release\)\.$/);
  });
});
