import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, releaseServables, resolveInside, serveFromRelease, serveFromRenderer } from './serving';

describe('resolveInside', () => {
  it('maps URL paths into the root', () => {
    expect(resolveInside('/app/out/renderer', '/assets/x.js')).toBe('/app/out/renderer/assets/x.js');
    expect(resolveInside('/app/r', '/a%20b.png')).toBe('/app/r/a b.png');
    expect(resolveInside('/app/r', '/..x.png')).toBe('/app/r/..x.png');
  });

  it('refuses paths that climb out, encoded or not', () => {
    expect(resolveInside('/app/r', '/../../etc/passwd')).toBeUndefined();
    expect(resolveInside('/app/r', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveInside('/app/r', '/a/../../r2/x')).toBeUndefined();
    expect(resolveInside('/app/r', '/x%00.png')).toBeUndefined();
    expect(resolveInside('/app/r', '/%E0%A4%A')).toBeUndefined();
    expect(resolveInside('/app/r', '/')).toBeUndefined();
  });
});

describe('releaseServables', () => {
  const release = {
    ceremony: { photo: 'images/./photo.png' },
    organizations: [{ logo: 'logos/a.svg' }, {}, { logo: 'notes.txt' }],
  } as unknown as Parameters<typeof releaseServables>[0];

  it('is the images the release names, normalised, and the release file only when asked', () => {
    expect([...releaseServables(release)].sort()).toEqual(['images/photo.png', 'logos/a.svg']);
    expect(releaseServables(release, { releaseFile: 'x.release.yaml' }).has('x.release.yaml')).toBe(true);
  });
});

describe('serving from disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'pressdeck-serving-'));
  const renderer = join(root, 'renderer');
  const release = join(root, 'booth');
  const outside = join(root, 'secret.png');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  mkdirSync(join(release, 'images'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), '');
  writeFileSync(join(release, 'images', 'photo.png'), 'png');
  writeFileSync(join(release, 'images', 'other.png'), 'png');
  writeFileSync(join(release, 'x.release.yaml'), 'format: pressdeck/release@1');
  writeFileSync(outside, 'png');
  symlinkSync(outside, join(release, 'images', 'link.png'));
  symlinkSync(outside, join(renderer, 'assets', 'link.png'));
  const named = new Set(['images/photo.png', 'images/link.png']);

  it('serves the renderer’s files with their types, index.html for /', async () => {
    expect(await serveFromRenderer(renderer, '/assets/app.js')).toEqual({ ok: true, file: join(renderer, 'assets', 'app.js'), type: 'text/javascript' });
    expect(await serveFromRenderer(renderer, '/')).toMatchObject({ ok: true, type: 'text/html; charset=utf-8' });
    expect(await serveFromRenderer(renderer, '/assets')).toMatchObject({ ok: false, status: 404 });
    expect(await serveFromRenderer(renderer, '/missing.js')).toMatchObject({ ok: false, status: 404 });
  });

  it('serves from the release folder only the images the release names', async () => {
    expect(await serveFromRelease(release, named, '/images/photo.png')).toMatchObject({ ok: true, type: 'image/png' });
    expect(await serveFromRelease(release, named, '/images/other.png')).toMatchObject({ ok: false, status: 403 });
    expect(await serveFromRelease(release, named, '/x.release.yaml')).toMatchObject({ ok: false, status: 403 });
    expect(await serveFromRelease(release, new Set([...named, 'x.release.yaml']), '/x.release.yaml')).toMatchObject({ ok: true });
  });

  it('follows symlinks and refuses those that lead outside the folder, in both roots', async () => {
    expect(await serveFromRelease(release, named, '/images/link.png')).toMatchObject({ ok: false, status: 404 });
    expect(await serveFromRenderer(renderer, '/assets/link.png')).toMatchObject({ ok: false, status: 404 });
    expect(await serveFromRelease(release, named, '/../secret.png')).toMatchObject({ ok: false, status: 404 });
  });

  it('names content types by extension, whatever the case', () => {
    expect(contentType('a/B.SVG')).toBe('image/svg+xml');
    expect(contentType('font.woff2')).toBe('font/woff2');
    expect(contentType('x.exe')).toBe('application/octet-stream');
  });
});
