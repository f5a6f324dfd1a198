import { afterEach, describe, expect, it, vi } from 'vitest';
import { kiosk } from './kiosk';

afterEach(() => vi.restoreAllMocks());

describe('pressdeck kiosk', () => {
  it('checks the kiosk options and prints the start command with --dry-run', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await kiosk.run(['booth.release.yaml', '--display', 'DELL', '--idle-resume', '45s', '--dry-run'])).toBe(0);
    expect(out).toHaveBeenCalledWith('npx electron-vite preview -- --kiosk booth.release.yaml --display DELL --idle-resume 45s\n');
  });
  it('refuses bad options with exit code 2 before starting anything', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await kiosk.run(['--idle-resume', 'soon', '--dry-run'])).toBe(2);
    expect(String(err.mock.calls[0]![0])).toContain('--idle-resume: expected a duration');
  });
  it('says when an old flag spelling is used, and still passes it on', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await kiosk.run(['--hide-cursor', '5s', '--dry-run'])).toBe(0);
    expect(err).toHaveBeenCalledWith('pressdeck kiosk: --hide-cursor is deprecated: use --hide-cursor-after\n');
    expect(out).toHaveBeenCalledWith('npx electron-vite preview -- --kiosk --hide-cursor 5s\n');
  });
});
