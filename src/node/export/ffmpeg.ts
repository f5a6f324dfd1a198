/**
 * Which ffmpeg an MP4 export runs: $PRESSDECK_FFMPEG, else the binary of the npm package
 * `@ffmpeg-installer/ffmpeg` when it is installed (what a packaged app ships), else `ffmpeg` on the
 * PATH (Debian's package on CI and Linux desktops). Its libx264 is checked before anything renders.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

export const INSTALL_FFMPEG =
  'install ffmpeg with libx264 (Debian/Ubuntu: apt-get install -y ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg), or set PRESSDECK_FFMPEG to an ffmpeg binary';

export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PRESSDECK_FFMPEG) return env.PRESSDECK_FFMPEG;
  try {
    const found = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path?: string }).path;
    // Packaged: a binary cannot run from inside app.asar; electron-builder's asarUnpack puts it beside.
    const shipped = found?.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
    if (shipped && existsSync(shipped)) return shipped;
  } catch {
    // Not installed: the PATH is next.
  }
  const names = process.platform === 'win32' ? ['ffmpeg.exe'] : ['ffmpeg'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Resolves when `ffmpeg` runs and has libx264; otherwise rejects with what to install. */
export function checkFfmpeg(ffmpeg: string | undefined): Promise<void> {
  if (!ffmpeg) return Promise.reject(new Error(`MP4 export needs ffmpeg, and none was found: ${INSTALL_FFMPEG}`));
  return new Promise((resolve, reject) => {
    execFile(ffmpeg, ['-hide_banner', '-encoders'], { maxBuffer: 8 << 20 }, (error, stdout) => {
      if (error) reject(new Error(`MP4 export needs ffmpeg, and ${ffmpeg} did not run (${error.message.split('\n')[0]}): ${INSTALL_FFMPEG}`));
      else if (!/\blibx264\b/.test(stdout)) reject(new Error(`MP4 export needs ffmpeg with the libx264 encoder, which ${ffmpeg} lacks: ${INSTALL_FFMPEG}`));
      else resolve();
    });
  });
}
