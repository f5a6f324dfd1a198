/**
 * How the two briefing windows reach each other. Under Electron every message goes through the
 * main process (one typed IPC channel, validated there); in the plain-browser build two pages of the
 * same origin use a BroadcastChannel. The session code sees only this interface.
 */
import type { PressDeckApi } from '../ipc/contract';
import { parseNavMessage, type NavMessage } from './messages';

export interface BriefingTransport {
  send(message: NavMessage): void;
  /** Messages from the other windows (never this window's own); returns an unsubscribe function. */
  subscribe(listener: (message: NavMessage) => void): () => void;
}

export const BROADCAST_CHANNEL_NAME = 'pressdeck-briefing';

export function broadcastChannelTransport(name = BROADCAST_CHANNEL_NAME): BriefingTransport {
  const channel = new BroadcastChannel(name);
  return {
    send: (message) => channel.postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => {
        const message = parseNavMessage(event.data);
        if (message) listener(message);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

/** The main process relays to every briefing window, the sender included; the session ignores its own. */
export function electronTransport(api: Pick<PressDeckApi, 'sendNav' | 'onNav'>): BriefingTransport {
  return {
    send: (message) => api.sendNav(message),
    subscribe: (listener) => api.onNav(listener),
  };
}
