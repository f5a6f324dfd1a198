/**
 * One window's side of a briefing: applies local commands with the shared reducer and tells the
 * other window where it now is; adopts what the other window says without answering back, so
 * there are no feedback loops. No DOM: the audience and presenter views plug their own effects in.
 */
import type { NavMessage, PageRef } from './messages';
import { apply, INITIAL_NAV, resolveIndex, type NavCommand, type NavState } from './nav';
import type { BriefingTransport } from './transport';

export type Role = 'audience' | 'presenter';

export interface SessionOptions {
  transport: BriefingTransport;
  role: Role;
  /** The deck's pages in order; the presenter's start from its own plan until the audience sends its own. */
  pages: readonly PageRef[];
  /** `page`: the page on screen as the audience paginated it (the other window's word wins). */
  onChange: (state: NavState, pages: readonly PageRef[], page: PageRef | undefined) => void;
  /** Audience only: the presenter asked for full screen. */
  onFullscreen?: () => void;
}

export interface BriefingSession {
  readonly state: NavState;
  readonly pages: readonly PageRef[];
  /** The page on screen, as the audience window paginated it. */
  readonly page: PageRef | undefined;
  /** A key or button in this window. */
  command(command: NavCommand): void;
  /** The deck moved by itself (a click in reveal's overview, a re-sync): adopt and tell the other window. */
  moved(index: number, overview: boolean): void;
  /** The audience's sections changed (release reloaded, re-paginated). */
  setPages(pages: readonly PageRef[]): void;
  /** Presenter: ask the audience window to toggle full screen. */
  fullscreen(): void;
  dispose(): void;
}

export function createSession(options: SessionOptions): BriefingSession {
  const { transport, role } = options;
  const source = `${role}-${Math.random().toString(36).slice(2, 10)}`;
  let state: NavState = INITIAL_NAV;
  let pages: readonly PageRef[] = options.pages;
  /** Set from a received position until this window moves: its own list may not have caught up. */
  let told: PageRef | undefined;
  let seq = 0;
  const lastSeen = new Map<string, number>();

  const page = () => told ?? pages[state.index];
  const changed = () => options.onChange(state, pages, page());
  const sendState = () =>
    transport.send({ kind: 'state', source, seq: ++seq, index: state.index, page: pages[state.index], blackout: state.blackout, overview: state.overview });
  const sendDeck = () => {
    if (role === 'audience') transport.send({ kind: 'deck', source, pages: [...pages] });
  };

  const receive = (message: NavMessage) => {
    if (message.source === source) return;
    switch (message.kind) {
      case 'state': {
        if (message.seq <= (lastSeen.get(message.source) ?? -1)) return;
        lastSeen.set(message.source, message.seq);
        const index = resolveIndex(pages.map((p) => p.id), message.index, message.page?.id);
        state = { ...state, index, blackout: message.blackout, overview: message.overview };
        told = message.page && !samePage(message.page, pages[index]) ? message.page : undefined;
        changed();
        return;
      }
      case 'deck':
        if (role !== 'presenter') return;
        pages = message.pages;
        // A position told before this list arrived is found in it by id.
        state = { ...state, index: resolveIndex(pages.map((p) => p.id), state.index, told?.id) };
        if (told && samePage(told, pages[state.index])) told = undefined;
        changed();
        return;
      case 'hello':
        sendDeck();
        sendState();
        return;
      case 'fullscreen':
        if (role === 'audience') options.onFullscreen?.();
        return;
    }
  };

  const unsubscribe = transport.subscribe(receive);
  transport.send({ kind: 'hello', source });
  sendDeck();

  return {
    get state() { return state; },
    get pages() { return pages; },
    get page() { return page(); },
    command(command) {
      const next = apply(state, command, pages.length);
      const moved = next.index !== state.index || next.blackout !== state.blackout || next.overview !== state.overview;
      if (next.index !== state.index) told = undefined;
      state = next;
      changed();
      if (moved) sendState();
    },
    moved(index, overview) {
      if (index === state.index && overview === state.overview) return;
      state = { ...state, index, overview, jump: '' };
      told = undefined;
      changed();
      sendState();
    },
    setPages(next) {
      if (next.length === pages.length && next.every((p, i) => samePage(p, pages[i]))) return;
      pages = next;
      changed();
      sendDeck();
    },
    fullscreen: () => transport.send({ kind: 'fullscreen', source }),
    dispose: unsubscribe,
  };
}

const samePage = (a: PageRef, b: PageRef | undefined) => b !== undefined && a.id === b.id && a.title === b.title && a.n === b.n && a.of === b.of;
