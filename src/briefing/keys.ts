/**
 * Keyboard and clicker keys → briefing commands. Clickers send arrows, PageUp/PageDown, and often
 * B or "." for their blank-screen button; speakers coming from PowerPoint and Keynote expect the
 * rest. Pure: the windows listen for keys and call this.
 */
import type { NavCommand } from './nav';

export type KeyCommand = NavCommand | { type: 'fullscreen' };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** The key went to a focused button, link or field: Enter and Space are that control's, not ours. */
  onControl?: boolean;
}

const KEYS: Record<string, KeyCommand> = {
  ArrowRight: { type: 'next' }, ArrowDown: { type: 'next' }, PageDown: { type: 'next' }, ' ': { type: 'next' }, n: { type: 'next' },
  ArrowLeft: { type: 'prev' }, ArrowUp: { type: 'prev' }, PageUp: { type: 'prev' }, p: { type: 'prev' },
  Home: { type: 'first' }, End: { type: 'last' },
  Enter: { type: 'enter' }, Backspace: { type: 'backspace' },
  b: { type: 'black' }, '.': { type: 'black' }, w: { type: 'white' },
  Escape: { type: 'escape' }, o: { type: 'overview' },
  f: { type: 'fullscreen' },
};

/** The command for a key, or undefined when the key is not ours (browser shortcuts stay the browser's). */
export function commandForKey(event: KeyLike): KeyCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  if (event.onControl && (event.key === 'Enter' || event.key === ' ')) return undefined;
  if (/^[0-9]$/.test(event.key)) return { type: 'digit', digit: Number(event.key) };
  // Shift+N still means next: clickers and caps lock should not matter.
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return KEYS[key];
}
