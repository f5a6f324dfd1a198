/**
 * One window's side of a briefing: applies local commands with the shared reducer and tells the
 * other window where it now is; adopts what the other window says without answering back, so
 * there are no feedback loops. No DOM: the audience and presenter views plug their own effects in.
 */
import type { NavMessage } from './messages';
import { apply, INITIAL_NAV, resolveIndex, type NavCommand, type NavState } from './nav';
import type { BriefingTransport } from './transport';

export type Role = 'audience' | 'presenter';

export interface SessionOptions {
  transport: BriefingTransport;
  role: Role;
  /** Section ids in DOM order; the presenter's start from the plan until the audience sends its own. */
  pages: readonly string[];
  onChange: (state: NavState, pages: readonly string[]) => void;
  /** Audience only: the presenter asked for full screen. */
  onFullscreen?: () => void;
  source?: string;
}

export interface BriefingSession {
  readonly state: NavState;
  readonly pages: readonly string[];
  /** A key or button in this window. */
  command(command: NavCommand): void;
  /** The deck moved by itself (a click in reveal's overview, a re-sync): adopt and tell the other window. */
  moved(index: number, overview: boolean): void;
  /** The audience's sections changed (release reloaded, re-paginated). */
  setPages(pages: readonly string[]): void;
  /** Presenter: ask the audience window to toggle full screen. */
  fullscreen(): void;
  dispose(): void;
}

export function createSession(options: SessionOptions): BriefingSession {
  const { transport, role } = options;
  const source = options.source ?? `${role}-${Math.random().toString(36).slice(2, 10)}`;
  let state: NavState = INITIAL_NAV;
  let pages: readonly string[] = options.pages;
  let seq = 0;
  const lastSeen = new Map<string, number>();

  const changed = () => options.onChange(state, pages);
  const sendState = () =>
    transport.send({ kind: 'state', source, seq: ++seq, index: state.index, slideId: pages[state.index], blackout: state.blackout, overview: state.overview });
  const sendDeck = () => {
    if (role === 'audience') transport.send({ kind: 'deck', source, pages: [...pages] });
  };

  const receive = (message: NavMessage) => {
    if (message.source === source) return;
    switch (message.kind) {
      case 'state': {
        if (message.seq <= (lastSeen.get(message.source) ?? -1)) return;
        lastSeen.set(message.source, message.seq);
        const index = resolveIndex(pages, message.index, message.slideId);
        state = { ...state, index, blackout: message.blackout, overview: message.overview };
        changed();
        return;
      }
      case 'deck':
        if (role !== 'presenter') return;
        pages = message.pages;
        state = { ...state, index: Math.min(state.index, Math.max(pages.length - 1, 0)) };
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
    command(command) {
      const next = apply(state, command, pages.length);
      const moved = next.index !== state.index || next.blackout !== state.blackout || next.overview !== state.overview;
      state = next;
      changed();
      if (moved) sendState();
    },
    moved(index, overview) {
      if (index === state.index && overview === state.overview) return;
      state = { ...state, index, overview, jump: '' };
      changed();
      sendState();
    },
    setPages(next) {
      if (next.length === pages.length && next.every((id, i) => id === pages[i])) return;
      pages = next;
      changed();
      sendDeck();
    },
    fullscreen: () => transport.send({ kind: 'fullscreen', source }),
    dispose: unsubscribe,
  };
}
