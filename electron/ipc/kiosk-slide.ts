/**
 * `kiosk:slide`: the renderer reports the slide on screen, so a reload after a crash (or the daily
 * reload) comes back to it. One-way; only the app's own frames, only slide-id-shaped strings.
 */
import type { IpcMain, IpcMainEvent } from 'electron';
import { SLIDE_ID, type SendChannels } from '../../src/ipc/contract';

export const CHANNEL = 'kiosk:slide' satisfies keyof SendChannels;

export function registerSlideReports(
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  onSlide: (id: string) => void,
  isTrusted: (event: IpcMainEvent) => boolean,
): () => void {
  const listener = (event: IpcMainEvent, ...args: unknown[]) => {
    const [id] = args;
    if (!isTrusted(event) || args.length !== 1 || typeof id !== 'string' || !SLIDE_ID.test(id)) return;
    onSlide(id);
  };
  ipcMain.on(CHANNEL, listener);
  return () => ipcMain.removeListener(CHANNEL, listener);
}
