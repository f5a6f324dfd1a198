import { describe, expect, it } from 'vitest';
import { splitAnnexB } from './annexb';
import { cubicBezier, encodeArgs, FADE_FRAMES, fadeWeights, FPS, pieceStarts, piecesFilter, planLoopVideo } from './mp4-plan';

const expand = (plan: ReturnType<typeof planLoopVideo>) => plan.sequence.map((i) => plan.pieces[i]!);

describe('planLoopVideo', () => {
  it('gives each page its seconds on screen to the frame, and the loop its length', () => {
    const seconds = [8, 16, 12, 20, 18.5, 0, undefined];
    for (const fade of [true, false]) {
      const plan = planLoopVideo(seconds.map((s) => ({ seconds: s })), { fade });
      // A page without a positive time stays up for the floor (8 s), as in the kiosk.
      const expected = [8, 16, 12, 20, 18.5, 8, 8];
      expect(plan.pageFrames).toEqual(expected.map((s) => s * FPS));
      expect(plan.totalFrames).toBe(90.5 * FPS);
      // Playing the sequence gives each page exactly its frames, in page order.
      const perPage = new Array(expected.length).fill(0);
      let lastPage = 0;
      for (const piece of expand(plan)) {
        expect(piece.page).toBeGreaterThanOrEqual(lastPage);
        lastPage = piece.page;
        perPage[piece.page] += piece.frames;
      }
      expect(perPage).toEqual(plan.pageFrames);
      // Each page starts with its lead piece, which fades from the page before (the first from the last).
      const leads = expand(plan).filter((p) => p.kind === 'lead');
      expect(leads.map((p) => p.page)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(leads.map((p) => p.from)).toEqual(fade ? [6, 0, 1, 2, 3, 4, 5] : new Array(7).fill(undefined));
    }
  });

  it('keeps a loop of odd durations within one frame of its length, without drift', () => {
    const seconds = Array.from({ length: 40 }, (_, i) => 8 + ((i * 7) % 5) / 3);
    const plan = planLoopVideo(seconds.map((s) => ({ seconds: s })), { fade: true });
    const total = seconds.reduce((a, b) => a + b, 0);
    expect(Math.abs(plan.totalFrames / FPS - total)).toBeLessThanOrEqual(0.5 / FPS);
  });

  it('encodes each page at most three times, whatever it lasts', () => {
    const plan = planLoopVideo([{ seconds: 600 }, { seconds: 9 }], { fade: true });
    expect(plan.pieces.map((p) => `${p.page}:${p.kind}:${p.frames}`)).toEqual(['0:lead:30', '0:hold:30', '1:lead:30', '1:hold:30']);
    expect(plan.sequence.length).toBe(1 + 599 + 1 + 8);
    expect(planLoopVideo([{ seconds: 8.5 }], { fade: true }).pieces.map((p) => p.kind)).toEqual(['lead', 'hold', 'tail']);
  });

  it('a one-page deck has nothing to fade from', () => {
    expect(planLoopVideo([{ seconds: 10 }], { fade: true }).pieces[0]!.from).toBeUndefined();
  });
});

describe('the fade', () => {
  it('follows reveal.js easing from the old page to the new one in 0.4 s', () => {
    const w = fadeWeights();
    expect(FADE_FRAMES / FPS).toBeCloseTo(0.4);
    expect(w[0]).toBe(0);
    for (let i = 1; i < w.length; i++) expect(w[i]!).toBeGreaterThan(w[i - 1]!);
    expect(w.at(-1)!).toBeLessThan(1);
    // cubic-bezier(.26,.86,.44,.985) is a strong ease-out: most of the way there by a third of the time.
    expect(cubicBezier(0.26, 0.86, 0.44, 0.985, 1 / 3)).toBeGreaterThan(0.75);
    expect(cubicBezier(0.42, 0, 0.58, 1, 0.5)).toBeCloseTo(0.5, 5);
  });

  it('draws one blend per fade frame, the new page on top, and every piece once', () => {
    const plan = planLoopVideo([{ seconds: 8 }, { seconds: 9.5 }], { fade: true });
    const graph = piecesFilter(plan, 2);
    expect(graph.match(/blend=/g)).toHaveLength(2 * FADE_FRAMES);
    // Page 1's lead fades from page 0; page 0's from page 1 (the loop comes round).
    expect(graph).toMatch(/\[p1u\d+\]\[p0u\d+\]blend=all_mode=normal:all_opacity=0\.0000/);
    expect(graph).toMatch(/\[p0u\d+\]\[p1u\d+\]blend=all_mode=normal:all_opacity=0\.0000/);
    const segments = Number(/concat=n=(\d+)/.exec(graph)![1]);
    expect(segments).toBe(2 * FADE_FRAMES + plan.pieces.length);
    // Each page image is converted once (BT.709, 4:2:0) and split among its uses.
    expect(graph.match(/scale=out_color_matrix=bt709/g)).toHaveLength(2);
    expect(graph.match(/\[(p\d+u\d+)\]/g)!.length % 2).toBe(0);
  });

  it('asks for a key frame at each piece start and the profile TV players take', () => {
    const plan = planLoopVideo([{ seconds: 8 }, { seconds: 9.5 }], { fade: false });
    expect(pieceStarts(plan)).toEqual([0, 30, 60, 90, 120]);
    const args = encodeArgs(plan).join(' ');
    expect(args).toContain('-force_key_frames expr:eq(n,0)+eq(n,30)+eq(n,60)+eq(n,90)+eq(n,120)');
    expect(args).toContain('-profile:v high -level:v 4.0');
    expect(args).toContain('-pix_fmt yuv420p');
    expect(args).toContain('-bf 0');
  });
});

describe('splitAnnexB', () => {
  // Access units as libx264 writes them: SPS, PPS, SEI and an IDR slice for a key frame; a P slice otherwise.
  const nal = (type: number, first = true) => [0, 0, 0, 1, 0x60 | type, first ? 0x88 : 0x08, 0xab, 0xcd];
  const key = () => [...nal(7), ...nal(8), ...nal(6), ...nal(5)];
  const p = () => nal(1);

  it('cuts at the parameter sets before each key frame, by frame count', () => {
    const units = [key(), p(), p(), key(), p(), key()];
    const stream = new Uint8Array(units.flat());
    const pieces = splitAnnexB(stream, [3, 2, 1]);
    expect(pieces.map((x) => [...x])).toEqual([[...key(), ...p(), ...p()], [...key(), ...p()], key()]);
  });

  it('refuses a piece that does not start with a key frame, or a wrong frame count', () => {
    const stream = new Uint8Array([key(), p(), p(), p()].flat());
    expect(() => splitAnnexB(stream, [2, 2])).toThrow('piece 2 does not start with a key frame');
    expect(() => splitAnnexB(stream, [2])).toThrow('the encoder wrote 4 frames where 2 were expected');
  });

  it('counts a frame of several slices once', () => {
    const stream = new Uint8Array([...key(), ...nal(5, false), ...p(), ...nal(1, false), ...key(), ...nal(5, false)]);
    expect(splitAnnexB(stream, [2, 1]).map((x) => x.length)).toEqual([56, 40]);
  });
});
