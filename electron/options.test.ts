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
  it('takes kiosk flags, validated like pressdeck.config.json', () => {
    expect(parseAppOptions(['--kiosk', '--display', '2', '--idle-resume', '45s', '--idle-restart', '--daily-reload=03:00', '--config', 'booth.json', 'a.yaml'])).toEqual({
      ok: true,
      options: { release: 'a.yaml', mode: 'kiosk', config: 'booth.json', kiosk: { display: 2, idleResume: '45s', idleRestart: true, dailyReload: '03:00' } },
    });
    expect(parseAppOptions(['--kiosk', '--display', 'DELL'])).toMatchObject({ ok: true, options: { kiosk: { display: 'DELL' } } });
    expect(parseAppOptions(['--kiosk', '--daily-reload', '3am'])).toEqual({ ok: false, error: '--daily-reload: expected a time of day "HH:MM", e.g. "03:00"' });
    expect(parseAppOptions(['--kiosk', '--speed', '20'])).toMatchObject({ ok: false });
  });
});
