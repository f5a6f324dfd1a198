/**
 * MP4: the kiosk loop as a video for TV USB players and signage systems. Each page is pictured once
 * (page-images.ts), the few pieces of mp4-plan.ts are encoded once by ffmpeg's libx264, cut apart
 * (annexb.ts) and joined by copying into the whole loop, then muxed with the index at the front
 * (faststart). Never a recording in real time: the default release's four-minute loop encodes
 * about 35 one-second pieces.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitAnnexB } from './annexb';
import { checkFfmpeg } from './ffmpeg';
import { fileTarget } from './file-target';
import { encodeArgs, FPS, piecesFilter, planLoopVideo } from './mp4-plan';
import type { Output } from './outputs';
import { pageImages } from './page-images';
import { ExportToolError } from './pipeline';

export const mp4Output: Output = {
  rendersPages: true,
  check: (tools) => checkFfmpeg(tools.ffmpeg).catch((e: Error) => { throw new ExportToolError(e.message); }),
  prepare: (target) => fileTarget(target),
  async write({ job, target, progress, rendered, tools }) {
    const { page, pages, done } = rendered!;
    const ffmpeg = tools.ffmpeg!;
    const work = await mkdtemp(join(tmpdir(), 'pressdeck-mp4-'));
    try {
      const inputs: string[] = [];
      await pageImages(page, pages.length, async (i, png) => {
        progress({ stage: 'rendering', page: i + 1, pages: pages.length });
        const file = join(work, `page-${i}.png`);
        await writeFile(file, png);
        inputs.push(file);
      });
      done();
      const plan = planLoopVideo(pages, { fade: job.options.motion !== 'reduced' });
      const graph = join(work, 'pieces.filter');
      await writeFile(graph, piecesFilter(plan, pages.length));
      const encodedFrames = plan.pieces.reduce((n, p) => n + p.frames, 0);
      const stream = await run(
        ffmpeg,
        [
          '-hide_banner', '-nostdin', '-loglevel', 'error', '-progress', 'pipe:2', '-nostats',
          ...inputs.flatMap((file) => ['-framerate', String(FPS), '-i', file]),
          '-filter_complex_script', graph, '-map', '[v]', '-fps_mode', 'passthrough',
          ...encodeArgs(plan), '-f', 'h264', 'pipe:1',
        ],
        { onFrame: (n) => progress({ stage: 'encoding', done: Math.min(n, encodedFrames), total: encodedFrames }) },
      );
      const pieces = splitAnnexB(stream, plan.pieces.map((p) => p.frames));
      const out = join(work, 'loop.mp4');
      await run(
        ffmpeg,
        // -r before the input: timestamps N/30 exactly (-framerate counts in microseconds and drifts a frame in 30 min).
        ['-hide_banner', '-loglevel', 'error', '-r', String(FPS), '-f', 'h264', '-i', 'pipe:0', '-c', 'copy', '-movflags', '+faststart', '-f', 'mp4', out],
        { input: plan.sequence.map((i) => pieces[i]!) },
      );
      target.bytes = await readFile(out);
      return { bytes: target.bytes.byteLength, pages: pages.length };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};

/** Runs ffmpeg: feeds `input` to its stdin, collects its stdout, rejects with its last error lines. */
function run(ffmpeg: string, args: string[], options: { input?: Uint8Array[]; onFrame?: (frame: number) => void } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const errors: string[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      for (const line of text.split('\n')) {
        const frame = /^frame=(\d+)/.exec(line);
        if (frame) options.onFrame?.(Number(frame[1]));
        else if (line.trim() && !/^[a-z_]+=/.test(line)) errors.push(line.trim());
      }
    });
    child.on('error', (e) => reject(new Error(`ffmpeg (${ffmpeg}) could not be started: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(new Uint8Array(Buffer.concat(out)));
      else reject(new Error(`ffmpeg failed (exit ${code}): ${errors.slice(-3).join(' / ') || 'no message'}`));
    });
    child.stdin.on('error', () => undefined);
    void (async () => {
      for (const chunk of options.input ?? []) {
        if (!child.stdin.write(chunk)) await new Promise((ok) => child.stdin.once('drain', ok));
      }
      child.stdin.end();
    })();
  });
}
