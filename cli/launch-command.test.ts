import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenSpelling } from './launch-command';
import { run } from './main';

afterEach(() => vi.restoreAllMocks());

describe('pressdeck kiosk / present usage', () => {
  it('refuses bad options with exit code 2 before reading or starting anything', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await run(['kiosk', '--idle-resume', 'soon', '--dry-run'], {})).toBe(2);
    expect(String(err.mock.calls[0]![0])).toContain('pressdeck kiosk: --idle-resume: expected a duration');
    expect(await run(['present', 'a.yaml', 'b.yaml'], {})).toBe(2);
    expect(String(err.mock.calls[1]![0])).toContain('pressdeck present: expected one release file, got 2');
    expect(await run(['present', '--idle-restart'], {})).toBe(2);
    expect(String(err.mock.calls[2]![0])).toContain('--idle-restart only applies with --kiosk');
  });
});

describe('old flag spellings', () => {
  it('are named on stderr and still passed on', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await run(['kiosk', '--hide-cursor', '5s', '--dry-run'], {})).toBe(0);
    expect(err).toHaveBeenCalledWith('pressdeck kiosk: --hide-cursor is deprecated: use --hide-cursor-after\n');
  });
});

describe('screenSpelling', () => {
  it('passes the old --display on as the app’s --screen, which Chromium does not read', () => {
    expect(['--display', '2', '--display=DELL', '--displayx', 'display'].map(screenSpelling)).toEqual(['--screen', '2', '--screen=DELL', '--displayx', 'display']);
  });
});
