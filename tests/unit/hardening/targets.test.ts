/**
 * Files the CLI writes over: `export` onto a read-only PDF fails with exit 1 and leaves the file as
 * it was (docs/export.md promises exit 1 for an unwritable target); `import --force` likewise; an
 * allowed overwrite keeps the file's mode. The target is checked before Chromium starts, so these
 * runs need no browser (PRESSDECK_CHROMIUM points at any existing file).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'pressdeck-targets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const METI = 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml';
const pressdeck = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/pressdeck.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRESSDECK_RENDERER_DIR: tmp, PRESSDECK_CHROMIUM: process.execPath },
  });

describe('unwritable targets', () => {
  it('export onto a read-only PDF exits 1 and leaves it untouched', { timeout: 30_000 }, () => {
    writeFileSync(join(tmp, 'index.html'), '<!doctype html>');
    const pdf = join(tmp, 'handout.pdf');
    writeFileSync(pdf, '%PDF-1.7 approved');
    chmodSync(pdf, 0o444);
    const r = pressdeck('export', '--release', METI, '--out', pdf);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`pressdeck export: ${pdf} is read-only (mode 444), so it was left as it is and nothing was written`);
    expect(readFileSync(pdf, 'utf8')).toBe('%PDF-1.7 approved');
    expect(statSync(pdf).mode & 0o777).toBe(0o444);
  });

  it('import --force refuses a read-only release and keeps the mode of one it replaces', { timeout: 30_000 }, () => {
    const seed = join(tmp, 'release.txt');
    writeFileSync(seed, readFileSync('tests/fixtures/import/en-three-orgs.txt'));
    const out = join(tmp, 'x.release.yaml');
    writeFileSync(out, 'keep');
    chmodSync(out, 0o444);
    const refused = pressdeck('import', seed, '--out', out, '--force');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('is read-only (mode 444)');
    expect(readFileSync(out, 'utf8')).toBe('keep');

    chmodSync(out, 0o660);
    const replaced = pressdeck('import', seed, '--out', out, '--force');
    expect(replaced.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('format: pressdeck/release@1');
    expect(statSync(out).mode & 0o777).toBe(0o660);
  });
});
