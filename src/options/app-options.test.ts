import { describe, expect, it } from 'vitest';
import { appArgsFromArgv, parseAppOptions } from './app-options';

describe('parseAppOptions', () => {
  it('opens the default release in one deck window with no arguments', () => {
    expect(parseAppOptions([])).toEqual({ ok: true, options: { release: undefined, mode: 'deck' } });
  });
  it('takes a release path and --kiosk', () => {
    expect(parseAppOptions(['--kiosk', 'slides/a.release.yaml'])).toEqual({ ok: true, options: { release: 'slides/a.release.yaml', mode: 'kiosk' } });
  });
  it('takes --theme in every mode, a built-in or a theme file, and suggests the built-in a typo meant', () => {
    expect(parseAppOptions(['--theme', 'night', 'a.release.yaml'])).toEqual({ ok: true, options: { release: 'a.release.yaml', mode: 'deck', theme: 'night' } });
    expect(parseAppOptions(['--kiosk', '--theme=brand/acme.theme.yaml'])).toMatchObject({ ok: true, options: { mode: 'kiosk', theme: 'brand/acme.theme.yaml' } });
    expect(parseAppOptions(['--theme', 'nigth'])).toMatchObject({ ok: false, error: expect.stringMatching(/^--theme: unknown theme "nigth" \(did you mean "night"\?\)/) });
  });
  it('passes over Chromium switches and reports unknown options', () => {
    expect(parseAppOptions(['--no-sandbox', 'a.yaml']).ok).toBe(true);
    expect(parseAppOptions(['--kiosq'])).toEqual({ ok: false, error: 'unknown option --kiosq (did you mean --kiosk?)' });
    // What older macOS adds to an app started from the Finder.
    expect(parseAppOptions(['-psn_0_1234567', '--kiosk'])).toMatchObject({ ok: true, options: { mode: 'kiosk' } });
  });
  it('takes kiosk flags, validated like pressdeck.config.json', () => {
    expect(parseAppOptions(['--kiosk', '--screen', '2', '--idle-resume', '45s', '--idle-restart', '--daily-reload=03:00', '--config', 'booth.json', 'a.yaml'])).toEqual({
      ok: true,
      options: { release: 'a.yaml', mode: 'kiosk', config: 'booth.json', kiosk: { display: 2, idleResume: '45s', idleRestart: true, dailyReload: '03:00' } },
    });
    expect(parseAppOptions(['--kiosk', '--screen', 'DELL'])).toMatchObject({ ok: true, options: { kiosk: { display: 'DELL' } } });
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
  it('takes --present, --screen and --auto', () => {
    expect(parseAppOptions(['--present', 'a.yaml', '--screen', '2', '--auto'])).toEqual({
      ok: true,
      options: { release: 'a.yaml', mode: 'deck', present: true, display: '2', auto: true },
    });
    expect(parseAppOptions(['--present', '--screen=7'])).toMatchObject({ ok: true, options: { present: true, display: '7' } });
  });
  it('refuses --present with --kiosk and --screen without a value', () => {
    expect(parseAppOptions(['--present', '--kiosk']).ok).toBe(false);
    expect(parseAppOptions(['--screen'])).toEqual({ ok: false, error: '--screen needs a value (n|name)' });
    expect(parseAppOptions(['--screen', '--kiosk'])).toEqual({ ok: false, error: '--screen needs a value (n|name)' });
  });
  it('never takes --display, which Chromium reads as the X11 display, and says what to use', () => {
    for (const args of [['--present', '--display', '2'], ['--kiosk', '--display=2']]) {
      expect(parseAppOptions(args)).toEqual({ ok: false, error: expect.stringContaining('choose the screen with --screen') });
    }
  });
});

describe('parseAppOptions keeps kiosk settings to kiosk mode', () => {
  it('refuses a kiosk-only flag without --kiosk', () => {
    expect(parseAppOptions(['--idle-resume', '30s'])).toEqual({ ok: false, error: '--idle-resume only applies with --kiosk' });
  });
});

describe('debugging switches', () => {
  const debug = ['--inspect', '--inspect=9229', '--inspect-brk=0.0.0.0:9229', '--inspect-port=9230', '--remote-debugging-port=9222', '--remote-debugging-pipe'];
  it('are passed over in development (electron-vite and Playwright add them)', () => {
    for (const s of debug) expect(parseAppOptions([s, '--kiosk'])).toMatchObject({ ok: true, options: { mode: 'kiosk' } });
  });
  it('are refused in a packaged build, where anyone editing the start-up entry could use them', () => {
    for (const s of debug) expect(parseAppOptions(['--kiosk', s], { packaged: true })).toEqual({ ok: false, error: expect.stringMatching(/^--[a-z-]+ is refused: a packaged PressDeck/) });
    expect(parseAppOptions(['--kiosk', '--no-sandbox', '--disable-gpu'], { packaged: true }).ok).toBe(true);
  });
});

describe('appArgsFromArgv', () => {
  it('drops the executable, and the app path Electron’s default app took, wherever it stands', () => {
    expect(appArgsFromArgv(['/e/electron', '.', '--kiosk', 'x.yaml'], false)).toEqual(['--kiosk', 'x.yaml']);
    expect(appArgsFromArgv(['/e/electron', '--no-sandbox', '/repo', '--present'], false)).toEqual(['--present']);
    // Playwright's _electron: -r <loader> --no-sandbox --inspect=0 --remote-debugging-port=0 <app> …
    expect(appArgsFromArgv(['/e/electron', '-r', '/pw/loader.js', '--no-sandbox', '--inspect=0', '--remote-debugging-port=0', '/repo', '--kiosk'], false)).toEqual(['--kiosk']);
    // What Playwright's loader leaves after it splices its own switches out.
    expect(appArgsFromArgv(['/e/electron', '/repo', '--present', 'a.yaml'], false)).toEqual(['--present', 'a.yaml']);
    expect(appArgsFromArgv(['/e/electron', '--app=/repo', '--kiosk'], false)).toEqual(['--kiosk']);
    expect(appArgsFromArgv(['/e/electron'], false)).toEqual([]);
  });
  it('keeps every argument after the executable of a packaged app', () => {
    expect(appArgsFromArgv(['/opt/PressDeck/pressdeck', '--kiosk', 'booth.release.yaml'], true)).toEqual(['--kiosk', 'booth.release.yaml']);
  });
});
