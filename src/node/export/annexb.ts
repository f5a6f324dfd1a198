/**
 * Cuts an H.264 Annex B stream (start codes, one slice per frame, as libx264 writes it) into pieces
 * of known frame counts, each beginning at its key frame's parameter sets. Pure.
 *   splitAnnexB(stream, [30, 30, 18]) → three byte ranges, the first frames of which are IDR pictures
 */
export function nalUnits(data: Uint8Array): { start: number; type: number; payload: number }[] {
  const units: { start: number; type: number; payload: number }[] = [];
  for (let i = 0; i + 3 < data.length; i++) {
    if (data[i] === 0 && data[i + 1] === 0 && data[i + 2] === 1) {
      const start = i > 0 && data[i - 1] === 0 ? i - 1 : i;
      units.push({ start, type: data[i + 3]! & 0x1f, payload: i + 4 });
      i += 3;
    }
  }
  return units;
}

export function splitAnnexB(data: Uint8Array, frames: readonly number[]): Uint8Array[] {
  const units = nalUnits(data);
  // Where each frame's access unit begins: its first NAL after the previous frame's slices.
  const frameStarts: { offset: number; idr: boolean }[] = [];
  let auStart: number | undefined;
  for (const u of units) {
    const vcl = u.type === 1 || u.type === 5;
    if (!vcl) { auStart ??= u.start; continue; }
    // first_mb_in_slice = 0 (ue(v) of 0 is a single 1 bit): the frame's first slice.
    if ((data[u.payload]! & 0x80) !== 0) frameStarts.push({ offset: auStart ?? u.start, idr: u.type === 5 });
    auStart = undefined;
  }
  const total = frames.reduce((a, b) => a + b, 0);
  if (frameStarts.length !== total) throw new Error(`the encoder wrote ${frameStarts.length} frames where ${total} were expected`);
  const pieces: Uint8Array[] = [];
  let frame = 0;
  frames.forEach((count, i) => {
    const first = frameStarts[frame]!;
    if (!first.idr) throw new Error(`piece ${i + 1} does not start with a key frame`);
    const end = frame + count < frameStarts.length ? frameStarts[frame + count]!.offset : data.length;
    pieces.push(data.subarray(first.offset, end));
    frame += count;
  });
  return pieces;
}
