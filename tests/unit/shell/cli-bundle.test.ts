/**
 * `pressdeck` runs from its bundle (out/cli/, built by `npm run build`, `npm run build:cli`, and
 * `npm install` through "prepare"), not through tsx: checked on the bundle the tests' global setup
 * built from today's sources, and by running bin/pressdeck.mjs in copies of the project:
 * - with the bundle and no node_modules at all: the everyday commands need no devDependency;
 * - with a source newer than the bundle: the sources run through tsx, with one notice;
 * - with neither a bundle nor tsx: one line saying how to build, exit 1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const RELEASE = 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml';
const VALID = `${RELEASE}: valid (2 organizations, 2 sections)\n`;
let work: string;

/** A copy of what a person's checkout holds, minus what `parts` leaves out. */
function project(name: string, parts: { bundle: boolean; sources: boolean; modules: boolean }): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'cli'), { recursive: true });
  for (const entry of ['package.json', 'bin', 'slides', 'resources']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  if (parts.sources) for (const entry of ['cli', 'src']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (f) => !f.endsWith('.test.ts') });
  else cpSync(join(ROOT, 'cli', 'bundle.mjs'), join(dir, 'cli', 'bundle.mjs'));
  // After the sources, so the copy of the bundle is the newer (cpSync does not keep times).
  if (parts.bundle) cpSync(join(ROOT, 'out', 'cli'), join(dir, 'out', 'cli'), { recursive: true });
  if (parts.modules) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const pressdeck = (dir: string, ...args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'pressdeck.mjs'), ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pressdeck-cli-bundle-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the command-line bundle', () => {
  it('is built from cli/ and src/ only: nothing from electron/, no Electron module', () => {
    const inputs = JSON.parse(readFileSync(join(ROOT, 'out/cli/inputs.json'), 'utf8')) as string[];
    expect(inputs).toContain('cli/main.ts');
    expect(inputs.filter((f) => !/^(cli|src)\//.test(f))).toEqual([]);
    expect(readFileSync(join(ROOT, 'out/cli/main.js'), 'utf8')).not.toMatch(/from ["']electron["']|import\(["']electron["']\)/);
  });

  it('loads Playwright, pdf-lib and the importer only for the commands that use them', () => {
    const main = readFileSync(join(ROOT, 'out/cli/main.js'), 'utf8');
    const staticImports = [...main.matchAll(/^import\s[^;]*?from\s*"([^"]+)";/gm)].map((m) => m[1]!);
    expect(staticImports.filter((s) => !s.startsWith('node:') && !/^\.\/chunks\/rolldown-runtime-[\w-]+\.js$/.test(s))).toEqual([]);
    expect(main).not.toMatch(/playwright-core|PDFDocument/);
  });
});

describe('bin/pressdeck.mjs', () => {
  it('runs the bundle with no node_modules at all (no tsx, no devDependency)', { timeout: 30_000 }, () => {
    const dir = project('bundle-only', { bundle: true, sources: false, modules: false });
    const validate = pressdeck(dir, 'validate', RELEASE);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toBe(VALID);
    expect(validate.status).toBe(0);
    expect(pressdeck(dir, 'plan', RELEASE, '--json').status).toBe(0);
    expect(pressdeck(dir, '--version').stdout).toBe(`pressdeck ${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`);
  });

  it('runs the sources through tsx, saying so, when one changed after the bundle was built', { timeout: 60_000 }, () => {
    const dir = project('stale', { bundle: true, sources: true, modules: true });
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'src/release/parse.ts'), later, later);
    const r = pressdeck(dir, 'validate', RELEASE);
    expect(r.stderr).toBe('pressdeck: running from source (src/release/parse.ts changed since it was built); `npm run build:cli` makes it start faster\n');
    expect(r.stdout).toBe(VALID);
    expect(r.status).toBe(0);
  });

  it('says how to build it when there is neither a bundle nor tsx', { timeout: 30_000 }, () => {
    const dir = project('unbuilt', { bundle: false, sources: true, modules: false });
    const r = pressdeck(dir, 'validate', RELEASE);
    expect(r.stderr).toBe(`pressdeck: the command line is not built (out/cli/main.js is missing): run \`npm run build:cli\` in ${dir}/\n`);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
  });
});
