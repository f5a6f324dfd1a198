/**
 * PNG and MP4 exports end to end: the real CLI, the built renderer, a system Chromium, and the tools a
 * person would check the files with (pdftoppm, ffprobe, ffmpeg, Chromium's own <video>). One export
 * of each format from the default release; every combination of options is unit-tested
 * (src/node/export/pipeline.test.ts, mp4-plan.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { planDeck } from '../../src/deck/plan';
import { secondsOnScreen } from '../../src/deck/timing';
import { parseRelease } from '../../src/release/parse';
import { DEFAULT_RELEASE_FILE } from '../../src/release/defaults';

const RELEASE = `slides/${DEFAULT_RELEASE_FILE}`;
const parsed = parseRelease(readFileSync(RELEASE, 'utf8'), DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const LOOP_SECONDS = planDeck(parsed.release).loopSeconds;

test.describe.configure({ mode: 'serial' });

let dir: string;
test.beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'pressdeck-formats-')); });
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function exportCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['bin/pressdeck.mjs', 'export', '--release', RELEASE, ...args], {
    encoding: 'utf8', env: { ...process.env, ...env }, timeout: 8 * 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An image file (PNG, PPM) or a video frame at `seconds` → 480×270 grey levels, averaged over areas. */
function grey(file: string, seconds?: number): Uint8Array {
  const seek = seconds === undefined ? [] : ['-ss', seconds.toFixed(3)];
  return new Uint8Array(execFileSync('ffmpeg', ['-v', 'error', ...seek, '-i', file, '-frames:v', '1', '-vf', 'scale=480:270:flags=area,format=gray', '-f', 'rawvideo', '-'], { maxBuffer: 16 << 20 }));
}

/** Mean absolute difference of two grey pictures, in grey levels (0…255). */
function difference(a: Uint8Array, b: Uint8Array): number {
  expect(a.length).toBe(b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

const ffprobe = (file: string) =>
  JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file], { encoding: 'utf8' })) as {
    streams: Record<string, string | number>[];
    format: { duration: string };
  };

let pages: { file: string; seconds: number }[] = [];

// Generous bounds: two exports and a dozen ffmpeg decodes took 3.6 min on two cores shared by four test runs.
test('PNG: one numbered 1920×1080 image per page, each the PDF page as printed', async () => {
  test.setTimeout(8 * 60_000);
  const png = exportCli(['--out', join(dir, 'deck.png')]);
  expect(png.code, png.stderr).toBe(0);
  const pdf = exportCli(['--out', join(dir, 'deck.pdf')]);
  expect(pdf.code, pdf.stderr).toBe(0);
  const files = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
  const count = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [join(dir, 'deck.pdf')], { encoding: 'utf8' }))![1]);
  expect(files).toEqual(Array.from({ length: count }, (_, i) => `deck-${String(i + 1).padStart(2, '0')}.png`));
  // 1440×810 pt at 96 dpi is the 1920×1080 canvas, pixel for pixel.
  execFileSync('pdftoppm', ['-r', '96', '-png', join(dir, 'deck.pdf'), join(dir, 'raster')]);
  const rasters = readdirSync(dir).filter((f) => f.startsWith('raster')).sort();
  expect(rasters).toHaveLength(count);
  for (const [i, file] of files.entries()) {
    const bytes = readFileSync(join(dir, file));
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], file).toEqual([1920, 1080]);
    const other = grey(join(dir, rasters[i]!));
    // Same page: glyph edges differ a little between Chromium's and poppler's rasterizers (measured
    // 1.2–2.8 grey levels on the default deck); the next page is far from it (measured 13–21).
    expect(difference(grey(join(dir, file)), other), `${file} against PDF page ${i + 1}`).toBeLessThan(5);
    expect(difference(grey(join(dir, files[(i + 1) % files.length]!)), other)).toBeGreaterThan(8);
  }
  pages = files.map((file) => ({ file: join(dir, file), seconds: 0 }));
});

test('MP4: the kiosk loop, H.264 High@4.0 yuv420p 1920×1080 at 30 fps, index first, loop length exact, each page as its PNG', async ({ page }) => {
  test.setTimeout(10 * 60_000);
  expect(pages.length, 'the PNG test ran first').toBeGreaterThan(0);
  const out = join(dir, 'loop.mp4');
  const r = exportCli(['--out', out]);
  expect(r.code, r.stderr).toBe(0);
  const probe = ffprobe(out);
  const video = probe.streams.find((s) => s.codec_type === 'video')!;
  expect(probe.streams).toHaveLength(1);
  expect(video).toMatchObject({ codec_name: 'h264', profile: 'High', level: 40, pix_fmt: 'yuv420p', width: 1920, height: 1080, r_frame_rate: '30/1', avg_frame_rate: '30/1', color_space: 'bt709' });
  expect(Math.abs(Number(probe.format.duration) - LOOP_SECONDS)).toBeLessThan(0.1);
  // faststart: the index (moov) comes before the media data (mdat).
  const head = readFileSync(out).subarray(0, 64).toString('latin1');
  expect(head.indexOf('moov')).toBeGreaterThan(0);
  // The middle of each page is that page's PNG; page times come from the print layout's data-seconds.
  await page.goto('index.html?mode=print');
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
  const seconds = await page.locator('.reveal .slides > section').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.seconds)));
  expect(seconds).toHaveLength(pages.length);
  let start = 0;
  for (const [i, s] of seconds.entries()) {
    const onScreen = secondsOnScreen(s);
    const frame = grey(out, start + onScreen / 2);
    expect(difference(frame, grey(pages[i]!.file)), `page ${i + 1} at ${start + onScreen / 2} s`).toBeLessThan(3);
    expect(difference(frame, grey(pages[(i + 1) % pages.length]!.file))).toBeGreaterThan(8);
    start += onScreen;
  }
  expect(start).toBe(LOOP_SECONDS);
  // Halfway through a fade (0.1 s into page 2) neither page alone: the kiosk's transition is there.
  const fading = grey(out, secondsOnScreen(seconds[0]) + 0.1);
  expect(difference(fading, grey(pages[0]!.file))).toBeGreaterThan(1);
  expect(difference(fading, grey(pages[1]!.file))).toBeGreaterThan(1);
});

test('MP4 plays in Chromium\'s <video> (Debian\'s Chromium decodes H.264)', async ({ page }) => {
  const file = join(dir, 'loop.mp4');
  await page.route('http://video.invalid/**', (route) =>
    route.request().url().endsWith('.mp4')
      ? route.fulfill({ body: readFileSync(file), contentType: 'video/mp4' })
      : route.fulfill({ body: '<!doctype html><video muted src="/loop.mp4"></video>', contentType: 'text/html' }),
  );
  await page.goto('http://video.invalid/');
  const played = await page.evaluate(async () => {
    const v = document.querySelector('video')!;
    await v.play();
    await new Promise<void>((ok) => v.addEventListener('timeupdate', () => { if (v.currentTime > 0.2) ok(); }));
    return { width: v.videoWidth, height: v.videoHeight, duration: v.duration, error: v.error?.code };
  });
  expect(played).toMatchObject({ width: 1920, height: 1080, error: undefined });
  expect(played.duration).toBeCloseTo(LOOP_SECONDS, 0);
});

test('MP4 without ffmpeg: a message naming what to install, and nothing at the target', () => {
  const out = join(dir, 'none.mp4');
  const r = exportCli(['--out', out], { PRESSDECK_FFMPEG: '/nonexistent/ffmpeg' });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('MP4 export needs ffmpeg');
  expect(r.stderr).toContain('apt-get install -y ffmpeg');
  expect(readdirSync(dir).filter((f) => f.startsWith('none') || f.endsWith('.part'))).toEqual([]);
});
