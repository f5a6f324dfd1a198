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

describe('watchFile watches only what can change', () => {
  it('does not watch a release inside app.asar (the packaged default), and says so', () => {
    const watch = vi.fn<WatchFn>();
    const problems: string[] = [];
    const stop = watchFile('/opt/PressDeck/resources/app.asar/slides/x.release.yaml', () => {}, { watch, onProblem: (m) => problems.push(m) });
    expect(watch).not.toHaveBeenCalled();
    expect(problems).toEqual([expect.stringContaining('inside the app archive')]);
    stop();
  });
  it('reports a watcher that cannot start or fails later instead of throwing', () => {
    const problems: string[] = [];
    const throwing: WatchFn = () => {
      throw Object.assign(new Error('ENOTDIR: not a directory, watch'), { code: 'ENOTDIR' });
    };
    expect(() => watchFile('/booth/x.release.yaml', () => {}, { watch: throwing, onProblem: (m) => problems.push(m) })).not.toThrow();
    let fail: (e: Error) => void = () => {};
    const failing: WatchFn = () => ({ close: () => {}, on: (_event, listener) => (fail = listener) });
    watchFile('/booth/x.release.yaml', () => {}, { watch: failing, onProblem: (m) => problems.push(m) });
    fail(new Error('EPERM: folder removed'));
    expect(problems).toEqual(['not watched: ENOTDIR: not a directory, watch', 'no longer watched: EPERM: folder removed']);
  });
});
