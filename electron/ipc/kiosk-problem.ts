/**
 * `kiosk:problem`: the renderer reports a problem for the kiosk log (a release image that did not
 * load), which a booth screen should not show. One-way; only the app's own frames, only payloads
 * that pass src/kiosk/problem.ts.
 */
import type { IpcMain, IpcMainEvent } from 'electron';
import type { SendChannels } from '../../src/ipc/contract';
import { parseKioskProblem, type KioskProblem } from '../../src/kiosk/problem';

export const CHANNEL = 'kiosk:problem' satisfies keyof SendChannels;

export function registerProblemReports(
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  onProblem: (problem: KioskProblem) => void,
  isTrusted: (event: IpcMainEvent) => boolean,
): () => void {
  const listener = (event: IpcMainEvent, ...args: unknown[]) => {
    const problem = args.length === 1 ? parseKioskProblem(args[0]) : undefined;
    if (isTrusted(event) && problem) onProblem(problem);
  };
  ipcMain.on(CHANNEL, listener);
  return () => ipcMain.removeListener(CHANNEL, listener);
}
