import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKioskLog } from './log';

describe('kiosk log', () => {
  it('appends events as lines and rotates by size, keeping a bounded number of files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-log-'));
    const log = createKioskLog({ dir, maxBytes: 400, files: 3, now: () => new Date('2024-05-10T09:00:00Z') });
    log.info('start', { release: 'x.release.yaml' });
    expect(readFileSync(log.file, 'utf8')).toBe('2024-05-10T09:00:00.000Z INFO start {"release":"x.release.yaml"}\n');
    for (let i = 0; i < 100; i++) log.error('crash', { n: i });
    expect(readdirSync(dir).sort()).toEqual(['kiosk.1.log', 'kiosk.2.log', 'kiosk.log']);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(400);
    expect(readFileSync(log.file, 'utf8')).toContain('{"n":99}');
  });

  it('writes release text with its control characters escaped, in the file and on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-log-'));
    const echoed: string[] = [];
    const log = createKioskLog({ dir, maxBytes: 10_000, files: 2, now: () => new Date('2024-05-10T09:00:00Z'), echo: (l) => echoed.push(l) });
    log.error('release-invalid', { first: 'unknown field \u009b2J\u001b]0;x\u0007 \u202e' });
    const line = '2024-05-10T09:00:00.000Z ERROR release-invalid {"first":"unknown field \\x9b2J\\u001b]0;x\\u0007 \\u202e"}\n';
    expect(readFileSync(log.file, 'utf8')).toBe(line);
    expect(echoed).toEqual([line]);
  });
});
