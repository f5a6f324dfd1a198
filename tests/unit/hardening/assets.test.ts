/**
 * Release images checked against real temporary folders: links out, lying file names, huge headers,
 * huge files (sparse, so the test writes almost nothing).
 */
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImage, MAX_IMAGE_BYTES } from '../../../src/node/assets';
import { readImageHeader } from '../../../src/node/image-header';
import { readRelease } from '../../../src/node/read-release';
import { formatProblem } from '../../../src/release/problems';
import { avif, gif, jpeg, png, webpLossless, webpVp8x } from './images';

let root: string;
let folder: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pressdeck-assets-'));
  folder = join(root, 'release');
  await mkdir(join(folder, 'img'), { recursive: true });
  await writeFile(join(root, 'secret.png'), png(10, 10));
  await writeFile(join(folder, 'ok.png'), png(640, 480));
  await writeFile(join(folder, 'img', 'ok.jpg'), jpeg(1200, 800));
  await writeFile(join(folder, 'ok.gif'), gif(32, 32));
  await writeFile(join(folder, 'ok.webp'), webpVp8x(2000, 1000));
  await writeFile(join(folder, 'lossless.webp'), webpLossless(300, 200));
  await writeFile(join(folder, 'logo.svg'), '<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n');
  await writeFile(join(folder, 'script.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await writeFile(join(folder, 'bomb.svg'), '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>');
  await writeFile(join(folder, 'huge.png'), png(9000, 600));
  await writeFile(join(folder, 'tall.jpg'), jpeg(800, 8001));
  await writeFile(join(folder, 'text.jpg'), 'I am not a JPEG, whatever my name says.\n');
  await writeFile(join(folder, 'empty.png'), '');
  await writeFile(join(folder, 'big.png'), png(100, 100));
  await truncate(join(folder, 'big.png'), 21 * 1024 * 1024); // sparse: 21 MB on paper, a few bytes on disk
  await symlink(join(root, 'secret.png'), join(folder, 'escape.png'));
  await symlink('/etc/passwd', join(folder, 'passwd.png'));
  await symlink(join(folder, 'ok.png'), join(folder, 'inside-link.png'));
  await symlink(root, join(folder, 'up'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('checkImage', () => {
  it.each(['ok.png', 'img/ok.jpg', 'ok.gif', 'ok.webp', 'lossless.webp', 'logo.svg', 'inside-link.png'])('accepts %s', async (name) => {
    expect(await checkImage(folder, name)).toBeUndefined();
  });

  it.each([
    ['escape.png', 'is a link that leads outside the release folder'],
    ['passwd.png', 'is a link that leads outside the release folder'],
    ['up/secret.png', 'is a link that leads outside the release folder'],
    ['missing.png', 'no such file beside the release: missing.png'],
    ['img', 'is not a file'],
    ['text.jpg', 'is not a PNG, JPEG, WebP, GIF, AVIF or SVG image'],
    ['empty.png', 'is an empty file, not an image'],
    ['huge.png', 'image is too large (9000×600 pixels; at most 8000 a side)'],
    ['tall.jpg', 'image is too large (800×8001 pixels; at most 8000 a side)'],
    ['big.png', 'image is too large (21.0 MB; at most 20.0 MB)'],
    ['script.svg', 'is an SVG with a script element (<script>), which is refused'],
    ['bomb.svg', 'is an SVG with XML entity declarations'],
    ['../secret.png', 'must stay beside or below the release file'],
  ])('refuses %s', async (name, message) => {
    expect(await checkImage(folder, name)).toContain(message);
  });

  it('reads sizes from the headers of every raster kind', async () => {
    const at = (bytes: Uint8Array) => (p: number, n: number) => Promise.resolve(bytes.subarray(p, p + n));
    expect(await readImageHeader(at(png(1, 2)))).toEqual({ kind: 'png', width: 1, height: 2 });
    expect(await readImageHeader(at(jpeg(3, 4)))).toEqual({ kind: 'jpeg', width: 3, height: 4 });
    expect(await readImageHeader(at(gif(5, 6)))).toEqual({ kind: 'gif', width: 5, height: 6 });
    expect(await readImageHeader(at(webpVp8x(7, 8)))).toEqual({ kind: 'webp', width: 7, height: 8 });
    expect(await readImageHeader(at(webpLossless(9, 10)))).toEqual({ kind: 'webp', width: 9, height: 10 });
    expect(await readImageHeader(at(avif(11, 12)))).toEqual({ kind: 'avif', width: 11, height: 12 });
    expect(await readImageHeader(at(new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg/>')))).toEqual({ kind: 'svg' });
    expect(await readImageHeader(at(new TextEncoder().encode('<html><svg/></html>')))).toBeUndefined();
    expect(MAX_IMAGE_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('readRelease checks the images a release names', () => {
  const release = (photo: string, logo = 'ok.png') => `format: pressdeck/release@1
title: T
released: 2020-01-02
issuer:
  name: Ministry
lead: L
ceremony:
  date: 2020-01-01
  parties: [a]
  caption: C
  photo: ${photo}
  photoAlt: A photo
organizations:
  - id: a
    name: A
    summary: S
    logo: ${logo}
`;

  it('accepts a release whose images are real and inside its folder', async () => {
    await writeFile(join(folder, 'good.release.yaml'), release('img/ok.jpg'));
    const r = await readRelease(join(folder, 'good.release.yaml'), 'good.release.yaml');
    expect(r.ok).toBe(true);
  });

  it('names file, line, column and field for every bad image', async () => {
    await writeFile(join(folder, 'bad.release.yaml'), release('escape.png', 'text.jpg'));
    const r = await readRelease(join(folder, 'bad.release.yaml'), 'bad.release.yaml');
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'bad.release.yaml:11:10: ceremony.photo: is a link that leads outside the release folder',
      'bad.release.yaml:17:11: organizations[0].logo: is not a PNG, JPEG, WebP, GIF, AVIF or SVG image (its content says otherwise, whatever its name)',
    ]);
  });
});
