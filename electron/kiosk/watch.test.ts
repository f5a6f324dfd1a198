import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchFile, type WatchFn } from './watch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchFile', () => {
  it('debounces a burst of events for the release into one change and ignores other files', () => {
    let emit: (event: string, filename: string | null) => void = () => {};
    const fake: WatchFn = (dir, listener) => {
      expect(dir).toBe('/booth/slides');
      emit = listener;
      return { close: () => {} };
    };
    const onChange = vi.fn();
    const stop = watchFile('/booth/slides/x.release.yaml', onChange, { debounceMs: 250, watch: fake });
    emit('rename', 'x.release.yaml~');
    emit('change', 'other.yaml');
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
    emit('rename', 'x.release.yaml');
    vi.advanceTimersByTime(100);
    emit('change', 'x.release.yaml');
    vi.advanceTimersByTime(249);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    emit('change', null);
    stop();
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
