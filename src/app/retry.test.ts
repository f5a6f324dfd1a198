import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReleaseState } from '../ipc/contract';
import type { Release } from '../release/schema';
import { retryUntilValid } from './retry';

const bad = (message: string): ReleaseState => ({ ok: false, file: 'x.release.yaml', problems: [{ file: 'x.release.yaml', line: 1, column: 1, field: 'title', message }] });
const good: ReleaseState = { ok: true, file: 'x.release.yaml', release: { title: 'Fixed' } as Release };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('retryUntilValid', () => {
  it('reads the release again each second, hands on each change, and stops once it is valid', async () => {
    const states = [bad('missing'), bad('missing'), bad('still wrong'), good, bad('never read')];
    const load = vi.fn(async () => states.shift()!);
    const applied: ReleaseState[] = [];
    retryUntilValid({ load }, bad('missing'), (s) => applied.push(s));
    await vi.advanceTimersByTimeAsync(999);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(applied).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(applied).toEqual([bad('still wrong')]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(applied).toEqual([bad('still wrong'), good]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).toHaveBeenCalledTimes(4);
  });
  it('stops when told, even with a read under way', async () => {
    let finish: (s: ReleaseState) => void = () => {};
    const load = vi.fn(() => new Promise<ReleaseState>((r) => (finish = r)));
    const applied: ReleaseState[] = [];
    const stop = retryUntilValid({ load }, bad('missing'), (s) => applied.push(s));
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    finish(good);
    await vi.advanceTimersByTimeAsync(5000);
    expect(applied).toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
