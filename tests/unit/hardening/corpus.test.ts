/**
 * The hostile-input corpus (tests/fixtures/hostile/): every file gives exactly the problems
 * expected.json lists first, or is accepted, within a time bound; nothing hangs or throws. Runs the
 * same path as `pressdeck validate` (readRelease + formatProblemLines), then the real CLI once.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readRelease } from '../../../src/node/read-release';
import { formatProblemLines } from '../../../src/release/problems';

const DIR = 'tests/fixtures/hostile';
/** Per file: parsing a 2 MB worst case takes well under a second; this only catches hangs. */
const TIME_BOUND_MS = 5000;

const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, 'accepted' | string[]>;
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

async function validate(path: string, name: string): Promise<'accepted' | string[]> {
  const result = await readRelease(path, name);
  return result.ok ? 'accepted' : formatProblemLines(result.problems);
}

describe('hostile corpus', () => {
  it('has at least 40 release files, each listed in expected.json and vice versa', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s', { timeout: TIME_BOUND_MS }, async (file) => {
    const want = expected[file]!;
    const got = await validate(join(DIR, file), file);
    if (want === 'accepted') expect(got).toBe('accepted');
    else {
      expect(got).not.toBe('accepted');
      expect((got as string[]).slice(0, want.length)).toEqual(want);
    }
  });

  describe('generated at test time', () => {
    let tmp: string;
    afterAll(async () => {
      if (tmp) await rm(tmp, { recursive: true, force: true });
    });

    it('refuses a 50 MB release file without reading it', { timeout: TIME_BOUND_MS }, async () => {
      tmp = await mkdtemp(join(tmpdir(), 'pressdeck-hostile-'));
      const big = join(tmp, 'fifty-mb.release.yaml');
      await writeFile(big, 'format: pressdeck/release@1\n');
      await truncate(big, 50 * 1024 * 1024); // sparse
      expect(await validate(big, 'fifty-mb.release.yaml')).toEqual([
        'fifty-mb.release.yaml: file is too large (50.0 MB; a release file may be at most 2 MB)',
      ]);
    });
  });
});

describe('pressdeck validate (the real CLI) on hostile files', () => {
  it('exits 1 and prints each file\'s problems to stderr', { timeout: 30_000 }, async () => {
    const chosen = ['yaml-billion-laughs.release.yaml', 'photo-parent-traversal.release.yaml', 'shift-jis-encoding.release.yaml'];
    const error = await promisify(execFile)('node', ['bin/pressdeck.mjs', 'validate', ...chosen.map((f) => join(DIR, f))]).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    const lines = error!.stderr.split('\n');
    for (const file of chosen) {
      const first = (expected[file] as string[])[0]!.replace(file, join(DIR, file));
      expect(lines).toContain(first);
    }
  });

  it('exits 0 for an accepted hostile file', { timeout: 30_000 }, async () => {
    const { stdout } = await promisify(execFile)('node', ['bin/pressdeck.mjs', 'validate', join(DIR, 'accepted-html-in-every-field.release.yaml')]);
    expect(stdout).toBe(`${join(DIR, 'accepted-html-in-every-field.release.yaml')}: valid (2 organizations, 1 section)\n`);
  });
});
