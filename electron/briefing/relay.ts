/**
 * `nav:command` → `nav:state`: the main process passes each briefing window's moves to both windows
 * (the sender ignores its own). Only the app's own frames may send, and only well-formed messages
 * are passed on: a compromised page cannot push arbitrary data into the other window. A request for
 * full screen is not relayed: main toggles the audience window itself, which a page cannot.
 */
import type { IpcMain, IpcMainEvent } from 'electron';
import { parseNavMessage } from '../../src/briefing/messages';
import type { EventChannels, SendChannels } from '../../src/ipc/contract';

export const COMMAND_CHANNEL = 'nav:command' satisfies keyof SendChannels;
export const STATE_CHANNEL = 'nav:state' satisfies keyof EventChannels;

export interface RelayTarget {
  send(channel: typeof STATE_CHANNEL, payload: EventChannels[typeof STATE_CHANNEL]): void;
  isDestroyed(): boolean;
}

export interface RelayOptions {
  targets: () => readonly RelayTarget[];
  isTrusted: (event: IpcMainEvent) => boolean;
  toggleFullscreen: () => void;
  /** Where refusals are reported (stderr in the app). */
  warn?: (message: string) => void;
}

export function registerNavRelay(ipcMain: Pick<IpcMain, 'on' | 'removeListener'>, options: RelayOptions): () => void {
  const listener = (event: IpcMainEvent, ...args: unknown[]) => {
    if (!options.isTrusted(event)) return options.warn?.(`${COMMAND_CHANNEL}: refused, the sender is not a PressDeck page`);
    const message = args.length === 1 ? parseNavMessage(args[0]) : undefined;
    if (!message) return options.warn?.(`${COMMAND_CHANNEL}: refused a malformed message`);
    if (message.kind === 'fullscreen') return options.toggleFullscreen();
    for (const target of options.targets()) if (!target.isDestroyed()) target.send(STATE_CHANNEL, message);
  };
  ipcMain.on(COMMAND_CHANNEL, listener);
  return () => ipcMain.removeListener(COMMAND_CHANNEL, listener);
}
