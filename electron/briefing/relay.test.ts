import type { IpcMainEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import type { NavMessage } from '../../src/briefing/messages';
import { registerNavRelay, type RelayTarget } from './relay';

function setup(trusted = true) {
  const handlers = new Map<string, (event: IpcMainEvent, ...args: unknown[]) => void>();
  const ipcMain = {
    on: (channel: string, l: (event: IpcMainEvent, ...args: unknown[]) => void) => { handlers.set(channel, l); return ipcMain; },
    removeListener: (channel: string) => { handlers.delete(channel); return ipcMain; },
  };
  const received: [string, NavMessage][][] = [[], []];
  const targets: RelayTarget[] = received.map((box) => ({ send: (c, m) => box.push([c, m]), isDestroyed: () => false }));
  const warnings: string[] = [];
  let fullscreen = 0;
  const stop = registerNavRelay(ipcMain as never, {
    targets: () => targets,
    isTrusted: () => trusted,
    toggleFullscreen: () => { fullscreen++; },
    warn: (m) => warnings.push(m),
  });
  const send = (...args: unknown[]) => handlers.get('nav:command')?.({} as IpcMainEvent, ...args);
  return { send, received, warnings, fullscreen: () => fullscreen, stop, handlers };
}

const move: NavMessage = { kind: 'state', source: 'presenter-1', seq: 1, index: 3, page: { id: 'lead', stem: 'lead', title: 'Lead', n: 1, of: 1 }, blackout: 'none', overview: false };

describe('registerNavRelay', () => {
  it('passes a valid move to both windows as nav:state', () => {
    const r = setup();
    r.send(move);
    expect(r.received).toEqual([[['nav:state', move]], [['nav:state', move]]]);
  });
  it('refuses untrusted senders and malformed payloads, relaying nothing', () => {
    const untrusted = setup(false);
    untrusted.send(move);
    expect(untrusted.received.flat()).toEqual([]);
    expect(untrusted.warnings[0]).toMatch(/not a PressDeck page/);
    const r = setup();
    r.send({ ...move, index: 'x' });
    r.send(move, 'extra');
    r.send({ ...move, script: 'alert(1)' });
    expect(r.received.flat()).toEqual([]);
    expect(r.warnings).toHaveLength(3);
  });
  it('toggles the audience window for a full-screen request instead of relaying it', () => {
    const r = setup();
    r.send({ kind: 'fullscreen', source: 'presenter-1' });
    expect(r.fullscreen()).toBe(1);
    expect(r.received.flat()).toEqual([]);
  });
  it('stops listening when unregistered', () => {
    const r = setup();
    r.stop();
    expect(r.handlers.size).toBe(0);
  });
});
