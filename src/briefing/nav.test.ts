import { describe, expect, it } from 'vitest';
import { apply, INITIAL_NAV, resolveIndex, type NavCommand, type NavState } from './nav';

// A deck whose comparison slide was split into two continuation pages: 6 stops, 5 slide ids.
const PAGES = ['title', 'lead', 'comparison', 'comparison', 'closing', 'closing-2'];
const N = PAGES.length;
const run = (commands: NavCommand[], from: NavState = INITIAL_NAV) => commands.reduce((s, c) => apply(s, c, N), from);
const at = (index: number): NavState => ({ ...INITIAL_NAV, index });

describe('next and previous', () => {
  it('step one page at a time, through continuation pages', () => {
    const visited = [INITIAL_NAV];
    for (let i = 0; i < N - 1; i++) visited.push(apply(visited.at(-1)!, { type: 'next' }, N));
    expect(visited.map((s) => PAGES[s.index])).toEqual(PAGES);
    expect(run([{ type: 'prev' }], at(3)).index).toBe(2);
  });
  it('stop at the ends instead of wrapping', () => {
    expect(run([{ type: 'next' }], at(N - 1)).index).toBe(N - 1);
    expect(run([{ type: 'prev' }]).index).toBe(0);
    expect(run([{ type: 'last' }, { type: 'first' }]).index).toBe(0);
    expect(run([{ type: 'last' }]).index).toBe(N - 1);
  });
  it('bring an index left beyond a deck that shrank back inside it', () => {
    expect(apply(at(9), { type: 'prev' }, N).index).toBe(N - 2);
  });
});

describe('number + Enter', () => {
  it('jumps to the n-th page, 1-based as the presenter shows it', () => {
    const s = run([{ type: 'digit', digit: 4 }]);
    expect(s).toMatchObject({ index: 0, jump: '4' });
    expect(apply(s, { type: 'enter' }, N)).toEqual({ ...INITIAL_NAV, index: 3 });
  });
  it('takes several digits, Backspace corrects, and clamps to the deck', () => {
    expect(run([{ type: 'digit', digit: 1 }, { type: 'digit', digit: 2 }, { type: 'backspace' }, { type: 'enter' }]).index).toBe(0);
    expect(run([{ type: 'digit', digit: 9 }, { type: 'digit', digit: 9 }, { type: 'enter' }]).index).toBe(N - 1);
    expect(run([{ type: 'digit', digit: 0 }, { type: 'enter' }], at(3)).index).toBe(0);
  });
  it('is cancelled by Escape or any other command, without moving', () => {
    expect(run([{ type: 'digit', digit: 5 }, { type: 'escape' }], at(1))).toEqual(at(1));
    expect(run([{ type: 'digit', digit: 5 }, { type: 'next' }], at(1))).toEqual(at(2));
  });
  it('Enter alone leaves the overview, and does nothing otherwise', () => {
    expect(run([{ type: 'enter' }], at(2))).toEqual(at(2));
    expect(run([{ type: 'overview' }, { type: 'enter' }], at(2))).toEqual(at(2));
  });
  it('a jump shows the slide even from a black screen or the overview', () => {
    expect(run([{ type: 'black' }, { type: 'digit', digit: 5 }, { type: 'enter' }])).toEqual(at(4));
    expect(run([{ type: 'overview' }, { type: 'digit', digit: 2 }, { type: 'enter' }])).toEqual(at(1));
  });
});

describe('black and white screen', () => {
  it('B toggles black, W toggles white, and one replaces the other', () => {
    expect(run([{ type: 'black' }]).blackout).toBe('black');
    expect(run([{ type: 'black' }, { type: 'black' }]).blackout).toBe('none');
    expect(run([{ type: 'black' }, { type: 'white' }]).blackout).toBe('white');
    expect(run([{ type: 'white' }, { type: 'white' }]).blackout).toBe('none');
  });
  it('a navigation key brings back the same page, even mid-way through continuation pages', () => {
    const blank = run([{ type: 'black' }], at(2));
    expect(apply(blank, { type: 'next' }, N)).toEqual(at(2));
    expect(apply(blank, { type: 'prev' }, N)).toEqual(at(2));
    expect(apply(blank, { type: 'last' }, N)).toEqual(at(2));
    // The next press moves on to the continuation page.
    expect(run([{ type: 'next' }, { type: 'next' }], blank)).toEqual(at(3));
  });
});

describe('overview', () => {
  it('O and Escape toggle it; moving keeps it open so the selection moves', () => {
    expect(run([{ type: 'overview' }]).overview).toBe(true);
    expect(run([{ type: 'escape' }, { type: 'escape' }]).overview).toBe(false);
    expect(run([{ type: 'overview' }, { type: 'next' }, { type: 'next' }])).toMatchObject({ overview: true, index: 2 });
  });
});

describe('resolveIndex', () => {
  it('keeps the index when both windows see the same slide there', () => {
    expect(resolveIndex(PAGES, 3, 'comparison')).toBe(3);
  });
  it('finds the slide by id when the decks differ', () => {
    // The presenter counted the unpaginated plan: closing was its index 3.
    expect(resolveIndex(PAGES, 3, 'closing')).toBe(4);
  });
  it('falls back to the clamped index for an unknown id', () => {
    expect(resolveIndex(PAGES, 42, 'gone')).toBe(N - 1);
    expect(resolveIndex(PAGES, 1, undefined)).toBe(1);
  });
});
