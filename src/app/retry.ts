/**
 * The error page promises that the deck appears as soon as the file is valid. Under Electron only
 * the kiosk watches the file, and in a browser only `&watch=1` polls it, so while no good deck has
 * been shown the release is read again every second, whatever the mode; a state that differs from
 * the last is handed on.
 */
import type { ReleaseState } from '../ipc/contract';
import type { Stop } from './lifecycle';
import type { ReleaseSource } from './source';

export const RETRY_MS = 1000;

/** `shown`: the state on screen now, so only a change is handed on. */
export function retryUntilValid(source: Pick<ReleaseSource, 'load'>, shown: ReleaseState, apply: (state: ReleaseState) => void, ms = RETRY_MS): Stop {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = JSON.stringify(shown);
  const attempt = async () => {
    const state = await source.load();
    if (stopped) return;
    const key = JSON.stringify(state);
    if (key !== last) apply(state);
    last = key;
    if (!state.ok) timer = setTimeout(attempt, ms);
  };
  timer = setTimeout(attempt, ms);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
