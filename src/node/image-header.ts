/**
 * What kind of image a file is, and its size in pixels, from its first bytes: PNG, JPEG, WebP, GIF,
 * AVIF and SVG. Never decodes pixels, so a "decompression bomb" costs a few reads to refuse.
 * Written here rather than taken from npm: five formats, each a few fixed offsets, is less code to
 * trust than a dependency that also knows thirty formats we refuse anyway.
 */

export type ImageKind = 'png' | 'jpeg' | 'webp' | 'gif' | 'avif' | 'svg';
export interface ImageHeader {
  kind: ImageKind;
  /** Pixels; undefined for SVG, which has no pixel size (it is drawn at whatever size the slide gives it). */
  width?: number;
  height?: number;
}

/** Reads `length` bytes at `position` (fewer at the end of the file). */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

const HEAD = 4096;

/** The image's kind and size, or undefined when the bytes are not one of the kinds above. */
export async function readImageHeader(readAt: ReadAt): Promise<ImageHeader | undefined> {
  const b = await readAt(0, HEAD);
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  const u16be = (o: number) => (b[o]! << 8) | b[o + 1]!;
  const u16le = (o: number) => b[o]! | (b[o + 1]! << 8);
  const u24le = (o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16);
  const u32be = (o: number) => ((b[o]! << 24) >>> 0) + (b[o + 1]! << 16) + (b[o + 2]! << 8) + b[o + 3]!;

  if (b.length >= 24 && ascii(0, 8) === '\x89PNG\r\n\x1a\n' && ascii(12, 16) === 'IHDR') {
    return { kind: 'png', width: u32be(16), height: u32be(20) };
  }
  if (b.length >= 10 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) {
    return { kind: 'gif', width: u16le(6), height: u16le(8) };
  }
  if (b.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') {
    const chunk = ascii(12, 16);
    if (chunk === 'VP8X') return { kind: 'webp', width: u24le(24) + 1, height: u24le(27) + 1 };
    if (chunk === 'VP8L' && b[20] === 0x2f) {
      const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
      return { kind: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
      return { kind: 'webp', width: u16le(26) & 0x3fff, height: u16le(28) & 0x3fff };
    }
    return undefined;
  }
  if (b.length >= 12 && ascii(4, 8) === 'ftyp' && /^(avif|avis)$/.test(ascii(8, 12))) {
    // The image's size is in its 'ispe' property box, near the start in every encoder we know.
    for (let o = 12; o + 16 <= b.length; o++) {
      if (b[o] === 0x69 && ascii(o, o + 4) === 'ispe') return { kind: 'avif', width: u32be(o + 8), height: u32be(o + 12) };
    }
    return { kind: 'avif' };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return readJpegSize(readAt);
  if (looksLikeSvg(new TextDecoder('utf-8', { fatal: false }).decode(b))) return { kind: 'svg' };
  return undefined;
}

/** JPEG keeps its size in the first start-of-frame segment, after any number of metadata segments. */
async function readJpegSize(readAt: ReadAt): Promise<ImageHeader> {
  let pos = 2;
  for (let segments = 0; segments < 1000; segments++) {
    const m = await readAt(pos, 9);
    if (m.length < 4 || m[0] !== 0xff) break;
    const marker = m[1]!;
    if (marker === 0xff) { pos += 1; continue; } // fill byte
    const length = (m[2]! << 8) | m[3]!;
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (m.length < 9) break;
      return { kind: 'jpeg', height: (m[5]! << 8) | m[6]!, width: (m[7]! << 8) | m[8]! };
    }
    if (marker === 0xd9 || marker === 0xda || length < 2) break; // end of image or scan data before any frame
    pos += 2 + length;
  }
  return { kind: 'jpeg' };
}

/**
 * An SVG document: optional BOM, XML declaration, comments, processing instructions and doctype,
 * then an <svg> (or <prefix:svg>) element. Only a sniff: src/node/svg-check.ts parses the file.
 */
function looksLikeSvg(head: string): boolean {
  const rest = head
    .replace(/^\uFEFF/, '')
    .replace(/^\s*<\?xml\s[^>]*\?>/, '')
    .replace(/^(\s*(<!--[^]*?-->|<\?[^]*?\?>|<!DOCTYPE[^>[]*(\[[^\]]*\])?\s*>))*/i, '');
  return /^\s*<(?:[A-Za-z_][\w.-]*:)?svg[\s>/]/.test(rest);
}
