import { EventEmitter } from 'node:events';
import type { IpcMain, IpcMainEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { isTrustedOrigin } from '../origins';
import { registerSlideReports } from './kiosk-slide';

const event = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainEvent;

describe('kiosk:slide', () => {
  it('takes slide ids from the app’s own page and refuses everything else', () => {
    const ipc = new EventEmitter();
    const seen: string[] = [];
    const stop = registerSlideReports(ipc as unknown as Pick<IpcMain, 'on' | 'removeListener'>, (id) => seen.push(id), (e) => isTrustedOrigin(e.senderFrame?.url));
    ipc.emit('kiosk:slide', event('app://renderer/index.html?mode=kiosk'), 'org-itac');
    ipc.emit('kiosk:slide', event(undefined), 'lead');
    ipc.emit('kiosk:slide', event('https://evil.example/'), 'lead');
    ipc.emit('kiosk:slide', event('app://renderer/index.html'), '../../etc/passwd');
    ipc.emit('kiosk:slide', event('app://renderer/index.html'), { id: 'lead' });
    ipc.emit('kiosk:slide', event('app://renderer/index.html'), 'lead', 'extra');
    ipc.emit('kiosk:slide', event('app://renderer/index.html'), 'x'.repeat(200));
    expect(seen).toEqual(['org-itac']);
    stop();
    ipc.emit('kiosk:slide', event('app://renderer/index.html'), 'closing');
    expect(seen).toEqual(['org-itac']);
  });
});
