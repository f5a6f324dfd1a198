import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIOSK_DEFAULTS } from '../kiosk/settings-schema';
import { loadKioskSettings } from './kiosk-settings';

describe('loadKioskSettings', () => {
  it('reads pressdeck.config.json beside the release; flags win', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-config-'));
    writeFileSync(join(dir, 'pressdeck.config.json'), JSON.stringify({ idleResume: '45s', idleRestart: true }));
    const r = await loadKioskSettings(join(dir, 'x.release.yaml'), undefined, { idleResume: '10s' });
    expect(r).toMatchObject({ ok: true, settings: { idleResumeMs: 10_000, idleRestart: true }, from: join(dir, 'pressdeck.config.json') });
  });
  it('uses defaults when there is no file beside the release, but --config must exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-config-'));
    expect(await loadKioskSettings(join(dir, 'x.release.yaml'), undefined)).toEqual({ ok: true, settings: KIOSK_DEFAULTS });
    const missing = await loadKioskSettings(join(dir, 'x.release.yaml'), join(dir, 'booth.json'));
    // In the words the release's own read problems use, not Node's "ENOENT: no such file or directory, open …".
    expect(missing).toEqual({ ok: false, errors: [`${join(dir, 'booth.json')}: no such file`] });
  });
  it('reports problems with the file name and field path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-config-'));
    const file = join(dir, 'booth.json');
    writeFileSync(file, JSON.stringify({ dailyReload: '3am' }));
    expect(await loadKioskSettings(join(dir, 'x.release.yaml'), file)).toEqual({
      ok: false, errors: [`${file}: dailyReload: expected a time of day "HH:MM", e.g. "03:00"`],
    });
  });
});
