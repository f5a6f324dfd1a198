import { describe, expect, it } from 'vitest';
import { slideAfterChange } from './position';

const DECK = ['title', 'lead', 'section-background', 'section-key-points', 'timeline', 'closing'];

describe('slideAfterChange', () => {
  it('keeps the slide by id when it moved', () => {
    expect(slideAfterChange(DECK, 'timeline', ['title', 'lead', 'section-background', 'timeline', 'closing'])).toBe(3);
  });

  it('stays in place when the shown slide’s heading (and id) changed, instead of going to the title', () => {
    expect(slideAfterChange(DECK, 'section-key-points', ['title', 'lead', 'section-background', 'section-what-was-agreed', 'timeline', 'closing'])).toBe(3);
    // The first section renamed: its previous neighbour (lead) still places it.
    expect(slideAfterChange(DECK, 'section-background', ['title', 'lead', 'section-how-it-began', 'section-key-points', 'timeline', 'closing'])).toBe(2);
  });

  it('shows the slide that took the place of a removed one', () => {
    expect(slideAfterChange(DECK, 'section-key-points', ['title', 'lead', 'section-background', 'timeline', 'closing'])).toBe(3);
  });

  it('keeps the page of a renamed slide that runs over several pages', () => {
    const before = ['title', 'lead', 'section-a', 'section-a~2', 'section-a~3', 'closing'];
    expect(slideAfterChange(before, 'section-a~2', ['title', 'lead', 'section-b', 'section-b~2', 'section-b~3', 'closing'])).toBe(3);
  });

  it('goes to the first page of a slide that now has fewer pages', () => {
    expect(slideAfterChange(['title', 'section-a', 'section-a~2', 'section-a~3'], 'section-a~3', ['title', 'section-a', 'section-a~2'])).toBe(1);
  });

  it('falls back to the same index, within the new deck', () => {
    expect(slideAfterChange(['a', 'b', 'c', 'd'], 'c', ['w', 'x', 'y', 'z'])).toBe(2);
    expect(slideAfterChange(['a', 'b', 'c', 'd'], 'd', ['w', 'x'])).toBe(1);
    expect(slideAfterChange(['a'], undefined, ['b'])).toBe(0);
    expect(slideAfterChange(['a'], 'a', [])).toBe(0);
  });
});
