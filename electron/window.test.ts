import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  BrowserWindow: class extends EventEmitter {
    constructor(public options: unknown) {
      super();
    }
    show() {}
  },
}));

const { createDeckWindow } = await import('./window');

describe('createDeckWindow', () => {
  it('keeps its own title when the page sets <title>', () => {
    const win = createDeckWindow({ preload: '/p.cjs', title: 'PressDeck — presenter' }) as unknown as EventEmitter;
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    win.emit('page-title-updated', event, 'PressDeck', false);
    expect(event.defaultPrevented).toBe(true);
  });
});
