import { describe, expect, it } from 'vitest';
import { KIOSK_DEFAULTS, parseKioskConfig, renameOldFlags, resolveKioskSettings } from './settings-schema';

describe('pressdeck.config.json', () => {
  it('accepts every kiosk option and resolves it with flags overriding the file', () => {
    const file = parseKioskConfig(JSON.stringify({
      display: 'DELL', idleResume: '45s', idleRestart: true, hideCursorAfter: 5, speed: 2,
      exitChord: 'Ctrl+Alt+K', exitPin: '2468', dailyReload: '03:00', unresponsiveAfter: '10s', log: { maxBytes: 200_000, files: 3 },
    }));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const s = resolveKioskSettings(file.config, { idleResume: '10s', display: 2 });
    expect(s).toEqual({
      display: 2, idleResumeMs: 10_000, idleRestart: true, hideCursorAfterMs: 5_000, speed: 2, exitChord: 'Ctrl+Alt+K',
      exitPin: '2468', dailyReload: '03:00', unresponsiveAfterMs: 10_000, log: { maxBytes: 200_000, files: 3 },
    });
    expect(resolveKioskSettings()).toEqual(KIOSK_DEFAULTS);
  });

  it('reports every problem with its field path', () => {
    const r = parseKioskConfig(JSON.stringify({ idleResume: 'soon', speed: 20, exitPin: '12', dailyReload: '25:00', exitChord: 'Q', log: { files: 0 }, idelRestart: true }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.problems.map((p) => [p.field, p.message]));
    expect(Object.keys(byField).sort()).toEqual(['dailyReload', 'exitChord', 'exitPin', 'idelRestart', 'idleResume', 'log.files', 'speed']);
    expect(byField.idleResume).toMatch(/duration/);
    expect(byField.exitPin).toBe('expected 4 to 12 digits');
    expect(byField.idelRestart).toBe('unknown option');
  });

  it('says when the file is not JSON', () => {
    const r = parseKioskConfig('{ idleResume: 30 }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/not valid JSON/);
  });
});

describe('old flag spellings', () => {
  it('still work, with a message naming the new one', () => {
    expect(renameOldFlags(['--kiosk', '--hide-cursor', '5s', 'a.yaml'])).toEqual({ argv: ['--kiosk', '--hide-cursor-after', '5s', 'a.yaml'], deprecated: ['--hide-cursor is deprecated: use --hide-cursor-after'] });
    expect(renameOldFlags(['--hide-cursor=2s']).argv).toEqual(['--hide-cursor-after=2s']);
    expect(renameOldFlags(['--hide-cursor-after', '2s', 'hide-cursor'])).toEqual({ argv: ['--hide-cursor-after', '2s', 'hide-cursor'], deprecated: [] });
  });
});
