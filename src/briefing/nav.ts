/**
 * Where a briefing is: the slide on screen, whether the audience sees it or a black/white screen,
 * the overview, and the digits typed so far for number + Enter. Pure and shared: the audience and
 * presenter windows run the same reducer, so a command means the same thing whichever window got it.
 *
 * Navigation counts reveal sections in DOM order, so a slide split into continuation pages is
 * several stops, and "slide n" is the n-th page the audience can see.
 */
export type Blackout = 'none' | 'black' | 'white';

export interface NavState {
  /** Index of the section on screen, 0-based. */
  index: number;
  blackout: Blackout;
  overview: boolean;
  /** Digits typed for number + Enter; '' when none. */
  jump: string;
}

export type NavCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'backspace' }
  | { type: 'enter' }
  | { type: 'escape' }
  | { type: 'black' }
  | { type: 'white' }
  | { type: 'overview' };

export const INITIAL_NAV: NavState = { index: 0, blackout: 'none', overview: false, jump: '' };

/** Longest slide number one can type: a deck of 10,000 pages is not a briefing. */
const MAX_JUMP_DIGITS = 4;

const clamp = (index: number, count: number) => Math.min(Math.max(index, 0), Math.max(count - 1, 0));

export function apply(state: NavState, command: NavCommand, slideCount: number): NavState {
  const s = { ...state, index: clamp(state.index, slideCount) };
  switch (command.type) {
    case 'digit':
      if (s.jump.length >= MAX_JUMP_DIGITS) return s;
      return { ...s, jump: s.jump + String(command.digit) };
    case 'backspace':
      return { ...s, jump: s.jump.slice(0, -1) };
    case 'enter': {
      if (s.jump === '') return s.overview ? { ...s, overview: false } : s;
      const n = Number(s.jump);
      // Slide numbers are 1-based, as the presenter's "n / N" shows them; 0 means the first.
      return { ...s, index: clamp(n - 1, slideCount), jump: '', blackout: 'none', overview: false };
    }
    case 'escape':
      if (s.jump !== '') return { ...s, jump: '' };
      return { ...s, overview: !s.overview };
    case 'overview':
      return { ...s, overview: !s.overview, jump: '' };
    case 'black':
    case 'white':
      return { ...s, jump: '', blackout: s.blackout === command.type ? 'none' : command.type };
    case 'next':
    case 'prev':
    case 'first':
    case 'last': {
      // On a blanked screen a navigation key brings the audience back to the slide they left,
      // so nobody misses a slide while the speaker finds the key.
      if (s.blackout !== 'none') return { ...s, blackout: 'none', jump: '' };
      const index =
        command.type === 'next' ? s.index + 1
        : command.type === 'prev' ? s.index - 1
        : command.type === 'first' ? 0
        : slideCount - 1;
      return { ...s, index: clamp(index, slideCount), jump: '' };
    }
  }
}

/**
 * The index to show for a position received from the other window: the index when both windows
 * agree on which slide it is, else the first page of that slide id (the decks differ, e.g. one
 * was re-paginated), else the index clamped.
 */
export function resolveIndex(pages: readonly string[], index: number, slideId: string | undefined): number {
  if (slideId === undefined || pages[index] === slideId) return clamp(index, pages.length);
  const byId = pages.indexOf(slideId);
  return byId >= 0 ? byId : clamp(index, pages.length);
}
