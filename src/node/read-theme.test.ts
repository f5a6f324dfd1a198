import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../release/problems';
import { chooseTheme, readTheme } from './read-theme';

const COLOURS = ['colors:', '  background: "#ffffff"', '  text: "#111111"', '  muted: "#4a4a4a"', '  accent: "#1f3a68"', '  highlight: "#b3540f"'];
const themeText = (...extra: string[]) => ['format: pressdeck/theme@1', 'name: Acme', ...COLOURS, ...extra, ''].join('\n');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressdeck-theme-'));
  mkdirSync(join(dir, 'brand'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (file: string) => readTheme({ value: file, base: dir, from: '--theme' });

describe('readTheme', () => {
  it('reads a theme with its logo and font bytes', async () => {
    writeFileSync(join(dir, 'brand', 'logo.svg'), SVG);
    writeFileSync(join(dir, 'brand', 'face.woff2'), Buffer.from('wOF2 not really a font but starts like one'));
    writeFileSync(join(dir, 'brand', 'acme.theme.yaml'), themeText('logo: logo.svg', 'font: face.woff2'));
    const r = await read('brand/acme.theme.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.theme.logo?.type).toBe('image/svg+xml');
    expect(new TextDecoder().decode(r.theme.logo!.bytes)).toBe(SVG);
    expect(r.theme.font?.bytes.byteLength).toBeGreaterThan(4);
    expect(r.path).toBe(join(dir, 'brand', 'acme.theme.yaml'));
  });

  it('refuses a logo that is a link leading out of the theme’s folder', async () => {
    writeFileSync(join(dir, 'secret.svg'), SVG);
    symlinkSync(join(dir, 'secret.svg'), join(dir, 'brand', 'logo.svg'));
    writeFileSync(join(dir, 'brand', 'acme.theme.yaml'), themeText('logo: logo.svg'));
    const r = await read('brand/acme.theme.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(formatProblem)).toEqual(['acme.theme.yaml:9:7: logo: is a link that leads outside the theme folder']);
  });

  it('refuses a font that is a link leading out of the theme’s folder', async () => {
    copyFileSync(join(import.meta.dirname, 'read-theme.test.ts'), join(dir, 'face.ttf'));
    symlinkSync(join(dir, 'face.ttf'), join(dir, 'brand', 'face.ttf'));
    writeFileSync(join(dir, 'brand', 'acme.theme.yaml'), themeText('font: face.ttf'));
    const r = await read('brand/acme.theme.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(formatProblem)).toEqual(['acme.theme.yaml:9:7: font: must stay beside or below the theme file (links included)']);
  });

  it('refuses a font file that is not a font, and a PNG logo that is not a PNG', async () => {
    writeFileSync(join(dir, 'brand', 'face.otf'), '<html>not a font</html>');
    writeFileSync(join(dir, 'brand', 'logo.png'), SVG);
    writeFileSync(join(dir, 'brand', 'acme.theme.yaml'), themeText('logo: logo.png', 'font: face.otf'));
    const r = await read('brand/acme.theme.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map(formatProblem)).toEqual([
        'acme.theme.yaml:9:7: logo: is not a PNG image (its content says otherwise, whatever its name)',
        'acme.theme.yaml:10:7: font: is not a WOFF2, WOFF, TrueType or OpenType font (its content says otherwise, whatever its name)',
      ]);
    }
  });

  it('refuses an SVG logo with a script, as release images are', async () => {
    writeFileSync(join(dir, 'brand', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(join(dir, 'brand', 'acme.theme.yaml'), themeText('logo: logo.svg'));
    const r = await read('brand/acme.theme.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/script/);
  });

  it('names a missing theme file, and a built-in by name', async () => {
    const missing = await read('nope.theme.yaml');
    expect(missing).toMatchObject({ ok: false, problems: [{ file: 'nope.theme.yaml', message: 'no such file' }] });
    const night = await read('night');
    expect(night).toMatchObject({ ok: true, theme: { name: 'night' } });
  });
});

describe('chooseTheme', () => {
  it('takes --theme, then pressdeck.config.json, then the release, each relative to where it was written', async () => {
    const releasePath = join(dir, 'x.release.yaml');
    expect(await chooseTheme({ releasePath, release: {} })).toBeUndefined();
    expect(await chooseTheme({ releasePath, release: { theme: 'brand/a.theme.yaml' } })).toEqual({ value: 'brand/a.theme.yaml', base: dir, from: 'x.release.yaml' });
    writeFileSync(join(dir, 'pressdeck.config.json'), JSON.stringify({ theme: 'night' }));
    expect(await chooseTheme({ releasePath, release: { theme: 'fair' } })).toEqual({ value: 'night', base: dir, from: 'pressdeck.config.json' });
    expect(await chooseTheme({ theme: 'fair', releasePath, release: { theme: 'ministry' } })).toMatchObject({ value: 'fair', from: '--theme' });
  });
});
