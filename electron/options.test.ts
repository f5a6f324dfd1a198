import { describe, expect, it } from 'vitest';
import { parseAppOptions } from './options';

describe('parseAppOptions', () => {
  it('opens the default release in one deck window with no arguments', () => {
    expect(parseAppOptions([])).toEqual({ ok: true, options: { release: undefined, mode: 'deck' } });
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
  it('takes --hide-cursor-after, and the old --hide-cursor with a message', () => {
    expect(parseAppOptions(['--kiosk', '--hide-cursor-after', '5s'])).toEqual({ ok: true, options: { release: undefined, mode: 'kiosk', kiosk: { hideCursorAfter: '5s' } } });
    expect(parseAppOptions(['--kiosk', '--hide-cursor', '5s'])).toEqual({
      ok: true,
      options: { release: undefined, mode: 'kiosk', kiosk: { hideCursorAfter: '5s' }, deprecated: ['--hide-cursor is deprecated: use --hide-cursor-after'] },
    });
  });
});

describe('parseAppOptions for briefings', () => {
  it('takes --present, --display and --auto', () => {
    expect(parseAppOptions(['--present', 'a.yaml', '--display', '2', '--auto'])).toEqual({
      ok: true,
      options: { release: 'a.yaml', mode: 'deck', present: true, display: '2', auto: true },
    });
    expect(parseAppOptions(['--present', '--display=7'])).toMatchObject({ ok: true, options: { present: true, display: '7' } });
  });
  it('refuses --present with --kiosk and --display without a value', () => {
    expect(parseAppOptions(['--present', '--kiosk']).ok).toBe(false);
    expect(parseAppOptions(['--display'])).toEqual({ ok: false, error: '--display needs a value' });
  });
});

describe('parseAppOptions keeps kiosk settings to kiosk mode', () => {
  it('refuses a kiosk-only flag without --kiosk', () => {
    expect(parseAppOptions(['--idle-resume', '30s'])).toEqual({ ok: false, error: '--idle-resume only applies with --kiosk' });
  });
});
