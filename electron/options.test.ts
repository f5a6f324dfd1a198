import { describe, expect, it } from 'vitest';
import { parseAppOptions } from './options';

describe('parseAppOptions', () => {
  it('opens the default release in briefing mode with no arguments', () => {
    expect(parseAppOptions([])).toEqual({ ok: true, options: { release: undefined, mode: 'briefing' } });
  });
  it('takes a release path and --kiosk', () => {
    expect(parseAppOptions(['--kiosk', 'slides/a.release.yaml'])).toEqual({ ok: true, options: { release: 'slides/a.release.yaml', mode: 'kiosk' } });
  });
  it('passes over Chromium switches and reports unknown options', () => {
    expect(parseAppOptions(['--no-sandbox', 'a.yaml']).ok).toBe(true);
    expect(parseAppOptions(['--kiosq'])).toEqual({ ok: false, error: 'unknown option --kiosq' });
  });
});
