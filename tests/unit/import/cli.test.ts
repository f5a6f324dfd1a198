import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schemaPathFrom } from '../../../cli/commands/import';
import { run as pressdeck } from '../../../cli/main';
import { parseRelease } from '../../../src/release/parse';
import { root, SEED } from './helpers';

describe('pressdeck import (command)', () => {
  let dir: string;
  let stdout: string;
  let stderr: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pressdeck-import-'));
    stdout = '';
    stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout += String(chunk); return true; });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr += String(chunk); return true; });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });
  const run = (...args: string[]) => pressdeck(['import', ...args], {});

  it('writes a valid release file, reports to stderr, and refuses to overwrite it', async () => {
    const out = join(dir, 'itac.release.yaml');
    expect(await run(SEED, '--out', out, '--url', 'https://www.meti.go.jp/english/press/2017/0321_001.html')).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('2 sections, 2 organizations (itac, aioti), 5 events, a ceremony');
    expect(stderr).toContain('line 1: Font Size Change');
    // The next step, in the form this run was started with (a shell here).
    expect(stderr).toContain(`wrote ${out}; next: pressdeck validate ${out}\n`);
    const parsed = parseRelease(readFileSync(out, 'utf8'), out);
    expect(parsed.ok && parsed.release.issuer.url).toBe('https://www.meti.go.jp/english/press/2017/0321_001.html');
    // Only the output file: the temp file was renamed away.
    expect(readdirSync(dir)).toEqual(['itac.release.yaml']);

    writeFileSync(out, 'keep me');
    expect(await run(SEED, '--out', out)).toBe(1);
    expect(stderr).toContain('already exists (use --force to replace it)');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(await run(SEED, '--out', out, '--force')).toBe(0);
    expect(parseRelease(readFileSync(out, 'utf8'), out).ok).toBe(true);
  });

  it('prints the YAML to stdout without --out, and reads HTML by extension', async () => {
    expect(await run(join(root, 'tests/fixtures/import/en-page.html'))).toBe(0);
    // Printed, it is read from the current folder (here the project's).
    expect(stdout.startsWith('# yaml-language-server: $schema=resources/release.schema.json\n')).toBe(true);
    expect(parseRelease(stdout, 'stdout').ok).toBe(true);
    expect(stderr).toContain('text line');
  });

  it('points $schema at the project’s schema from the folder the release is written to', async () => {
    const schema = resolve(root, 'resources/release.schema.json');
    const schemaLine = (file: string) => readFileSync(file, 'utf8').split('\n')[0];
    const elsewhere = join(dir, 'booth', 'x.release.yaml');
    mkdirSync(dirname(elsewhere));
    expect(await run(SEED, '--out', elsewhere)).toBe(0);
    expect(schemaLine(elsewhere)).toBe(`# yaml-language-server: $schema=${relative(dirname(elsewhere), schema)}`);
    expect(resolve(dirname(elsewhere), schemaLine(elsewhere)!.split('$schema=')[1]!)).toBe(schema);
    // In slides/, as the shipped releases have it.
    expect(schemaPathFrom(resolve(root, 'slides'))).toBe('../resources/release.schema.json');
    // Not one plain word (a space, say): a file: URL, which needs no resolving.
    expect(schemaPathFrom('/tmp/my booth', '/opt/press deck/resources/release.schema.json')).toBe('file:///opt/press%20deck/resources/release.schema.json');
  });

  it('fails with a message and writes nothing for garbage', async () => {
    const out = join(dir, 'x.release.yaml');
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.png');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    expect(await run(empty, '--out', out)).toBe(1);
    expect(stderr).toContain('empty.txt: is empty');
    expect(await run(binary, '--out', out)).toBe(1);
    expect(stderr).toContain('image.png: is not text');
    expect(await run(join(root, 'tests/fixtures/import/not-a-release.html'), '--out', out)).toBe(1);
    expect(stderr).toContain('does not look like a press release');
    expect(await run(join(dir, 'missing.txt'))).toBe(1);
    expect(stderr).toContain('no such file');
    expect(existsSync(out)).toBe(false);
    expect(stdout).toBe('');
  });

  it('reports usage errors with exit code 2', async () => {
    expect(await run()).toBe(2);
    expect(await run(SEED, '--bogus')).toBe(2);
    expect(stderr).toContain('unknown option --bogus');
  });
});
