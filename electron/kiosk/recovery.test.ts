import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { superviseRenderer } from './recovery';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const contents = Object.assign(new EventEmitter(), { forcefullyCrashRenderer: vi.fn() });
  const win = Object.assign(new EventEmitter(), { webContents: contents });
  contents.forcefullyCrashRenderer.mockImplementation(() => contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 }));
  const events: string[] = [];
  const log = { info: (e: string) => events.push(e), error: (e: string) => events.push(e) };
  const reload = vi.fn();
  const showFallback = vi.fn();
  superviseRenderer(win, { log, unresponsiveMs: 10_000, reload, showFallback, now: () => Date.now() });
  return { win, contents, events, reload, showFallback };
}

describe('renderer supervision', () => {
  it('reloads at once after a crash, logging it', () => {
    const { contents, reload, events, showFallback } = setup();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    vi.advanceTimersByTime(0);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(showFallback).not.toHaveBeenCalled();
    expect(events).toEqual(['crash', 'reload']);
  });

  it('ends a hang longer than the limit by crashing the renderer, then reloads', () => {
    const { win, contents, reload } = setup();
    win.emit('unresponsive');
    vi.advanceTimersByTime(9_999);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('lets a short hang pass', () => {
    const { win, contents } = setup();
    win.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    win.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('shows the fallback slide and waits when crashes repeat', () => {
    const { contents, reload, showFallback } = setup();
    for (let i = 0; i < 3; i++) {
      contents.emit('render-process-gone', {}, { reason: 'crashed' });
      vi.advanceTimersByTime(1_000);
    }
    expect(showFallback).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(reload).toHaveBeenCalledTimes(3);
  });
});
