import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFfmpeg, findFfmpeg } from './ffmpeg';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'pressdeck-ffmpeg-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeFfmpeg(encoders: string): string {
  const file = join(dir, 'ffmpeg');
  writeFileSync(file, `#!/bin/sh\necho '${encoders}'\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('which ffmpeg an MP4 export runs', () => {
  it('takes PRESSDECK_FFMPEG first, else an ffmpeg on the PATH', () => {
    expect(findFfmpeg({ PRESSDECK_FFMPEG: '/opt/ff/ffmpeg', PATH: dir })).toBe('/opt/ff/ffmpeg');
    const file = fakeFfmpeg('x');
    expect(findFfmpeg({ PATH: `/nonexistent:${dir}` })).toBe(file);
  });

  it('says what to install when there is none, or when it lacks libx264', async () => {
    await expect(checkFfmpeg(undefined)).rejects.toThrow('MP4 export needs ffmpeg, and none was found: install ffmpeg with libx264 (Debian/Ubuntu: apt-get install -y ffmpeg');
    await expect(checkFfmpeg(join(dir, 'missing'))).rejects.toThrow(/did not run .*PRESSDECK_FFMPEG/);
    await expect(checkFfmpeg(fakeFfmpeg(' V....D libx265   H.265'))).rejects.toThrow('with the libx264 encoder, which');
    await expect(checkFfmpeg(fakeFfmpeg(' V....D libx264   H.264'))).resolves.toBeUndefined();
  });
});
