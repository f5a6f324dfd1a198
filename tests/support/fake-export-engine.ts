/**
 * An export engine for unit tests of the pipeline: answers the readiness script with the pages it is
 * given, prints the PDF it is given, and pictures each page as a small PNG of its own size. It records
 * what it was asked, so a test can check the query and the viewport the pipeline chose.
 */
import { deflateSync } from 'node:zlib';
import type { EnginePage, ExportEngine, Viewport } from '../../src/node/export/engine';
import type { PrintedPage } from '../../src/node/export/page-script';

export interface FakeEngineLog {
  opened: { query: string; viewport: Viewport }[];
  shown: number[];
  closed: number;
}

export function fakeEngine(options: { pages: PrintedPage[]; pdf?: () => Promise<Uint8Array>; fail?: Error }): { engine: () => Promise<ExportEngine>; log: FakeEngineLog } {
  const log: FakeEngineLog = { opened: [], shown: [], closed: 0 };
  let viewport: Viewport | undefined;
  const page: EnginePage = {
    async evaluate<T>(script: string) {
      if (options.fail) throw options.fail;
      const shown = /querySelectorAll\('\.reveal \.slides > section'\)\[(\d+)\]/.exec(script);
      if (shown) { log.shown.push(Number(shown[1])); return 0 as T; }
      return options.pages as T;
    },
    pdf: () => (options.pdf ? options.pdf() : Promise.reject(new Error('no PDF in this fake'))),
    screenshot: async () => solidPng(viewport!.width * viewport!.scale, viewport!.height * viewport!.scale, log.shown.at(-1) ?? 0),
  };
  return {
    log,
    engine: async () => ({
      async open(query, v) {
        log.opened.push({ query, viewport: v });
        viewport = v;
        return page;
      },
      async close() { log.closed++; },
    }),
  };
}

/** A valid PNG of one grey level (the shade tells pages apart). */
export function solidPng(width: number, height: number, shade: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf: Buffer) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header[8] = 8; header[9] = 0;
  const row = Buffer.alloc(width + 1, shade * 16 % 256); row[0] = 0;
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}
