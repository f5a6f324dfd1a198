/**
 * The kiosk loop as video frames, planned without a pixel: how many frames each page holds, and the
 * few short pieces that are encoded once and then repeated to make the whole loop. Pure.
 *
 * Each page is shown for its seconds on screen (the kiosk's rule, secondsOnScreen) at 30 frames a
 * second, counted on the running total so the loop is exact to a frame (33 ms) whatever the
 * durations. A page starts with the kiosk's transition from the page before it, reveal.js's fast
 * fade (0.4 s, its cubic-bezier(.26,.86,.44,.985) easing; none with reduced motion); the first page
 * fades in from the last, so a player that loops the file loops as the kiosk does.
 *
 * Encoding the whole loop frame by frame would be minutes of work for a few seconds of change. Instead
 * each page makes at most three pieces, each starting with a key frame, so they can be joined by copying:
 *   lead  — the first second: the fade, then the page held (just the page held without a fade);
 *   hold  — one second of the page held, repeated as often as the page lasts;
 *   tail  — the frames left over (a page whose time is not whole seconds).
 *   page of 12 s with a fade → lead (30 frames) + hold × 11;  the default release: 13 pages, 35 pieces.
 */
import { secondsOnScreen } from '../../deck/timing';

export const FPS = 30;
/** reveal.js `transitionSpeed: 'fast'`: 0.4 s. */
export const FADE_FRAMES = 12;
/** One second: the hold piece, and the lead piece with its fade. */
export const PIECE_FRAMES = FPS;

export interface Piece {
  page: number;
  kind: 'lead' | 'hold' | 'tail';
  frames: number;
  /** Lead pieces with a fade: the page faded from. */
  from?: number;
}

export interface LoopVideoPlan {
  /** Frames of each page, in order; they add up to the loop. */
  pageFrames: number[];
  totalFrames: number;
  /** What is encoded, once each, in this order. */
  pieces: Piece[];
  /** The loop: indices into `pieces`, in playing order. */
  sequence: number[];
}

export function planLoopVideo(pages: readonly { seconds?: number }[], options: { fade: boolean }): LoopVideoPlan {
  const pageFrames: number[] = [];
  let seconds = 0;
  for (const page of pages) {
    const before = Math.round(seconds * FPS);
    seconds += secondsOnScreen(page.seconds);
    pageFrames.push(Math.max(1, Math.round(seconds * FPS) - before));
  }
  const fade = options.fade && pages.length > 1;
  const pieces: Piece[] = [];
  const sequence: number[] = [];
  const add = (piece: Piece) => pieces.push(piece) - 1;
  pageFrames.forEach((frames, page) => {
    const leadFrames = Math.min(PIECE_FRAMES, frames);
    const lead = add({ page, kind: 'lead', frames: leadFrames, ...(fade ? { from: (page + pages.length - 1) % pages.length } : {}) });
    sequence.push(lead);
    const rest = frames - leadFrames;
    const holds = Math.floor(rest / PIECE_FRAMES);
    if (holds > 0) {
      const hold = add({ page, kind: 'hold', frames: PIECE_FRAMES });
      for (let i = 0; i < holds; i++) sequence.push(hold);
    }
    const left = rest % PIECE_FRAMES;
    if (left > 0) sequence.push(add({ page, kind: 'tail', frames: left }));
  });
  return { pageFrames, totalFrames: pageFrames.reduce((a, b) => a + b, 0), pieces, sequence };
}

/** CSS cubic-bezier(x1, y1, x2, y2) at time t (0…1): the progress, solved for x by bisection. */
export function cubicBezier(x1: number, y1: number, x2: number, y2: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  const at = (p1: number, p2: number, s: number) => 3 * (1 - s) * (1 - s) * s * p1 + 3 * (1 - s) * s * s * p2 + s * s * s;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (at(x1, x2, mid) < t) lo = mid;
    else hi = mid;
  }
  return at(y1, y2, (lo + hi) / 2);
}

/** How much of the new page shows in each frame of a fade: frame 0 is the old page, frame 12 the new. */
export function fadeWeights(frames: number = FADE_FRAMES): number[] {
  return Array.from({ length: frames }, (_, j) => cubicBezier(0.26, 0.86, 0.44, 0.985, j / frames));
}

/**
 * The ffmpeg filter graph that draws every piece, one after the other, from the page images (input i
 * = page i): colours converted once per page (BT.709, TV range, 4:2:0), fades blended frame by frame
 * with reveal's easing, still frames repeated by the loop filter. Output label [v].
 */
export function piecesFilter(plan: LoopVideoPlan, pageCount: number): string {
  const uses = new Array<number>(pageCount).fill(0);
  const lines: string[] = [];
  const take = (page: number) => `p${page}u${uses[page]!++}`;
  const segments: string[] = [];
  const weights = fadeWeights();
  const still = (page: number, frames: number, label: string) =>
    lines.push(`[${take(page)}]loop=loop=${frames - 1}:size=1:start=0,setpts=N/${FPS}/TB[${label}]`);
  plan.pieces.forEach((piece, n) => {
    if (piece.from !== undefined) {
      const fadeFrames = Math.min(FADE_FRAMES, piece.frames);
      for (let j = 0; j < fadeFrames; j++) {
        lines.push(`[${take(piece.page)}][${take(piece.from)}]blend=all_mode=normal:all_opacity=${weights[j]!.toFixed(4)},setpts=N/${FPS}/TB[f${n}x${j}]`);
        segments.push(`[f${n}x${j}]`);
      }
      if (piece.frames > fadeFrames) {
        still(piece.page, piece.frames - fadeFrames, `s${n}`);
        segments.push(`[s${n}]`);
      }
    } else {
      still(piece.page, piece.frames, `s${n}`);
      segments.push(`[s${n}]`);
    }
  });
  const inputs = uses.map((count, page) =>
    `[${page}:v]settb=1/${FPS},scale=out_color_matrix=bt709:out_range=tv,format=yuv420p${count > 1 ? `,split=${count}${Array.from({ length: count }, (_, u) => `[p${page}u${u}]`).join('')}` : `[p${page}u0]`}`,
  );
  return [...inputs, ...lines, `${segments.join('')}concat=n=${segments.length}:v=1:a=0,setpts=N/${FPS}/TB[v]`].join(';\n');
}

/** The first frame of each piece, where the encoder must start a key frame (IDR). */
export function pieceStarts(plan: LoopVideoPlan): number[] {
  const starts: number[] = [];
  let frame = 0;
  for (const piece of plan.pieces) {
    starts.push(frame);
    frame += piece.frames;
  }
  return starts;
}

/**
 * libx264 settings a TV's USB player accepts: H.264 High profile, level 4.0 (1080p30; its VBV kept
 * inside the level's 25 Mbit/s), 4:2:0 8-bit, BT.709 tagged, no B-frames (pieces join by copying),
 * a key frame exactly where each piece starts and nowhere else. Preset superfast: still High profile
 * (CABAC, 8×8 transforms), a third less CPU than veryfast at about the same size for held slides;
 * ultrafast would drop to Constrained Baseline and more than double the file.
 */
export function encodeArgs(plan: LoopVideoPlan): string[] {
  const keys = pieceStarts(plan).map((n) => `eq(n,${n})`).join('+');
  return [
    '-c:v', 'libx264', '-preset', 'superfast', '-tune', 'stillimage', '-crf', '18',
    '-profile:v', 'high', '-level:v', '4.0', '-maxrate', '20M', '-bufsize', '25M', '-pix_fmt', 'yuv420p',
    '-bf', '0', '-g', '9999', '-x264-params', 'scenecut=0:open-gop=0:repeat-headers=1',
    '-force_key_frames', `expr:${keys}`,
    '-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709', '-color_range', 'tv',
  ];
}
