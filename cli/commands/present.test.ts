import { describe, expect, it } from 'vitest';
import { presentArgs } from './present';

describe('presentArgs', () => {
  it('turns the command line into the app’s --present options', () => {
    expect(presentArgs(['slides/a.release.yaml', '--display', '2', '--auto'])).toEqual({
      ok: true,
      appArgs: ['--present', '--display', '2', '--auto', 'slides/a.release.yaml'],
      release: 'slides/a.release.yaml',
    });
    expect(presentArgs([])).toEqual({ ok: true, appArgs: ['--present'] });
  });
  it('reports usage errors', () => {
    expect(presentArgs(['--kiosk'])).toEqual({ ok: false, error: 'unknown option --kiosk' });
    expect(presentArgs(['a.yaml', 'b.yaml']).ok).toBe(false);
  });
});
