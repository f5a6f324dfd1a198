/**
 * `release:get`: the renderer asks for the current release state. Only the app's own frames may ask.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { InvokeChannels, ReleaseState } from '../../src/ipc/contract';

export const CHANNEL = 'release:get' satisfies keyof InvokeChannels;

export function registerReleaseGet(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  current: () => Promise<ReleaseState>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  ipcMain.handle(CHANNEL, async (event, ...args: unknown[]) => {
    if (!isTrusted(event)) throw new Error(`${CHANNEL}: refused, the caller is not a PressDeck page`);
    if (args.length !== 0) throw new Error(`${CHANNEL}: takes no arguments`);
    return current();
  });
  return () => ipcMain.removeHandler(CHANNEL);
}
