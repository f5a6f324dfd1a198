import { describe, expect, it } from 'vitest';
import type { Slide } from '../deck/plan';
import { continues, ownSlideFor, pageRefs, type PageRef } from './pages';

const slide = (id: string, page?: { n: number; of: number; stem: string }): Slide =>
  ({ kind: 'lead', id, kicker: '', title: page ? `Lead (${page.n}/${page.of})` : id, text: '', seconds: 8, secondsFrom: 'reading-time', page }) as Slide;

// The room at xlarge cuts the lead into three pages; the speaker's standard layout into two.
const room = pageRefs([slide('title'), slide('lead', { n: 1, of: 3, stem: 'lead' }), slide('lead~2', { n: 2, of: 3, stem: 'lead' }), slide('lead~3', { n: 3, of: 3, stem: 'lead' }), slide('closing')]);
const own = [slide('title'), slide('lead', { n: 1, of: 2, stem: 'lead' }), slide('lead~2', { n: 2, of: 2, stem: 'lead' }), slide('closing')];

describe('pages as the room sees them', () => {
  it('carry the slide they belong to and their place in it', () => {
    expect(room[3]).toEqual({ id: 'lead~3', stem: 'lead', title: 'Lead (3/3)', n: 3, of: 3 });
    expect(room[0]).toEqual({ id: 'title', stem: 'title', title: 'title', n: 1, of: 1 });
  });

  it('a page of the room that this window does not have still finds its slide here', () => {
    expect(ownSlideFor(own, room[3])?.id).toBe('lead~2');
    expect(ownSlideFor(own, room[1])?.id).toBe('lead');
    expect(ownSlideFor(own, room[2])?.id).toBe('lead~2');
    expect(ownSlideFor(own, room[4])?.id).toBe('closing');
    expect(ownSlideFor(own, { id: 'gone', stem: 'gone', title: 'Gone', n: 1, of: 1 })).toBeUndefined();
    expect(ownSlideFor(own, undefined)).toBeUndefined();
  });

  it('the next page continues the slide only when it is that slide’s following page', () => {
    const at = (i: number): PageRef | undefined => room[i];
    expect(continues(at(1), at(2))).toBe(true);
    expect(continues(at(2), at(3))).toBe(true);
    expect(continues(at(3), at(4))).toBe(false);
    expect(continues(at(0), at(1))).toBe(false);
    expect(continues(at(4), at(5))).toBe(false);
  });
});
