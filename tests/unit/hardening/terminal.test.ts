/**
 * Release text never reaches the operator's terminal raw: a key or value holding ESC sequences (clear
 * the screen, move the cursor up, retitle the window, one-byte CSI) is printed escaped by every
 * command that prints release text, so it cannot hide problems or fake a "valid" line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FILE = 'tests/fixtures/hostile/terminal-escapes.release.yaml';
/** Anything a terminal acts on: C0 controls but the line break, DEL, C1 controls. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const pressdeck = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/pressdeck.mjs', ...args], { encoding: 'utf8' });

const tmp = mkdtempSync(join(tmpdir(), 'pressdeck-terminal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('terminal injection', () => {
  it.each([
    ['validate', [FILE]],
    ['plan', [FILE]],
    ['present', [FILE]],
    ['export', ['--release', FILE, '--out', join(tmp, 'x.pdf')]],
  ])('%s prints the problems of a release full of escapes with every control character escaped', { timeout: 30_000 }, (command, args) => {
    const r = pressdeck(command, ...args);
    expect(r.status).toBe(1);
    const output = r.stdout + r.stderr;
    expect(output).not.toMatch(RAW_CONTROL);
    expect(output).toContain(`${FILE}:9:1: \\x1b[1A\\x1b[2Kvalid (2 organizations): unknown field`);
    expect(output).toContain(`${FILE}:4:11: released: expected a date as YYYY-MM-DD, got "\\u001b]0;pwned\\u0007 \\x9b31m"`);
  });

  it('plan keeps one table row per slide when a title holds a line break', { timeout: 30_000 }, () => {
    const release = join(tmp, 'lines.release.yaml');
    writeFileSync(release, 'format: pressdeck/release@1\ntitle: "Line one\\nLine two"\nreleased: 2017-03-21\nissuer: { name: M }\nlead: L\n');
    const r = pressdeck('plan', release);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^ *1 +title +title +\d+s +Line one\\nLine two$/);
    expect(r.stdout).toContain('3 planned slides; kiosk loop');
  });

  it('import reports lines of someone else’s page with their control characters escaped', { timeout: 30_000 }, () => {
    const page = join(tmp, 'page.txt');
    writeFileSync(page, 'Ministry of Testing\nA release \u009b2J title\n\nThe lead names nobody.\n\n1. Background\nText.\n\nRelease date: March 21, 2017\n\u001b]0;x\u0007Attachment\n');
    const r = pressdeck('import', page);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });
});
