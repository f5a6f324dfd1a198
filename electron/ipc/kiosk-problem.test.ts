import { EventEmitter } from 'node:events';
import type { IpcMain, IpcMainEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { isTrustedOrigin } from '../origins';
import { registerProblemReports } from './kiosk-problem';

const event = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainEvent;
const image = { kind: 'image', field: 'ceremony.photo', path: 'photos/signing.jpg' };

describe('kiosk:problem', () => {
  it('takes well-formed reports from the app’s own page and refuses everything else', () => {
    const ipc = new EventEmitter();
    const seen: unknown[] = [];
    const stop = registerProblemReports(ipc as unknown as Pick<IpcMain, 'on' | 'removeListener'>, (p) => seen.push(p), (e) => isTrustedOrigin(e.senderFrame?.url));
    ipc.emit('kiosk:problem', event('app://renderer/index.html?mode=kiosk'), image);
    ipc.emit('kiosk:problem', event('https://evil.example/'), image);
    ipc.emit('kiosk:problem', event(undefined), image);
    ipc.emit('kiosk:problem', event('app://renderer/index.html'), { ...image, path: 'x\nERROR forged' });
    ipc.emit('kiosk:problem', event('app://renderer/index.html'), image, 'extra');
    expect(seen).toEqual([image]);
    stop();
    ipc.emit('kiosk:problem', event('app://renderer/index.html'), image);
    expect(seen).toHaveLength(1);
  });
});
