import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFDict, PDFHexString } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRelease } from '../../release/parse';
import { DEFAULT_RELEASE_FILE } from '../../release/defaults';
import { prepareTarget, TargetError } from '../atomic-write';
import { documentInfo, firstSentence } from './document-info';
import { exportPdf, type ExportProgress } from './export-pdf';
import { finishPdf } from './pdf-finish';
import { printQuery } from './print-url';

const parsed = parseRelease(readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8'), DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const release = parsed.release;

async function pdfWithPages(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([1440, 810]);
  return doc.save();
}

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'pressdeck-unit-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.part'));

describe('finishPdf', () => {
  it('sets the document information and one bookmark per page, in order', async () => {
    const titles = ['Title slide', 'Summary', '日本語の見出し'];
    const out = await finishPdf(await pdfWithPages(3), documentInfo(release), titles.map((title, page) => ({ title, page })));
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.getTitle()).toBe(release.title);
    expect(doc.getAuthor()).toBe(release.issuer.name);
    expect(doc.getCreationDate()?.toISOString()).toBe('2017-03-21T00:00:00.000Z');
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const found: string[] = [];
    let item = outlines.lookup(PDFName.of('First')) as PDFDict | undefined;
    const pageRefs = doc.getPages().map((p) => p.ref);
    while (item) {
      found.push((item.lookup(PDFName.of('Title')) as PDFHexString).decodeText());
      const dest = item.lookup(PDFName.of('Dest')) as unknown as { get(i: number): unknown };
      expect(dest.get(0)).toBe(pageRefs[found.length - 1]);
      item = item.lookup(PDFName.of('Next')) as PDFDict | undefined;
    }
    expect(found).toEqual(titles);
  });

  it('refuses a PDF whose page count is not the slide count (blank or split pages)', async () => {
    await expect(finishPdf(await pdfWithPages(4), documentInfo(release), [0, 1, 2].map((page) => ({ title: 'x', page })))).rejects.toThrow(
      'the PDF has 4 pages for 3 slides',
    );
  });
});

describe('exportPdf', () => {
  it('writes the finished PDF at the target and reports progress up to the last slide', async () => {
    const target = join(dir, 'deck.pdf');
    const seen: ExportProgress[] = [];
    const result = await exportPdf({
      release, target, onProgress: (p) => seen.push(p),
      render: async () => ({ pdf: await pdfWithPages(2), pages: [{ title: 'A', kind: 'title', id: 'a' }, { title: 'B', kind: 'lead', id: 'b' }] }),
    });
    expect(result.pages).toBe(2);
    expect((await PDFDocument.load(readFileSync(target))).getPageCount()).toBe(2);
    expect(seen.filter((p) => p.stage === 'finishing').map((p) => p.stage === 'finishing' && p.page)).toEqual([1, 2]);
    expect(seen.at(-1)).toMatchObject({ stage: 'done', pages: 2 });
    expect(leftovers()).toEqual([]);
  });

  it('leaves neither the target nor a temporary file when rendering fails, and keeps an older file intact', async () => {
    const target = join(dir, 'deck.pdf');
    writeFileSync(target, 'previous export');
    await expect(exportPdf({ release, target, render: async () => { throw new Error('renderer crashed'); } })).rejects.toThrow('renderer crashed');
    expect(readFileSync(target, 'utf8')).toBe('previous export');
    expect(leftovers()).toEqual([]);
  });

  it('fails before rendering when the target cannot be written', async () => {
    let rendered = false;
    const target = join(dir, 'no-such-folder', 'deck.pdf');
    await expect(exportPdf({ release, target, render: async () => { rendered = true; throw new Error('unreachable'); } })).rejects.toThrow(
      'the folder does not exist',
    );
    expect(rendered).toBe(false);
  });
});

describe('prepareTarget', () => {
  it('refuses a read-only file instead of renaming over it, even as root', async () => {
    const target = join(dir, 'handout.pdf');
    writeFileSync(target, 'approved hand-out');
    chmodSync(target, 0o444);
    await expect(prepareTarget(target)).rejects.toThrow(`${target} is read-only (mode 444), so it was left as it is and nothing was written`);
    expect(readFileSync(target, 'utf8')).toBe('approved hand-out');
    expect(statSync(target).mode & 0o777).toBe(0o444);
    expect(leftovers()).toEqual([]);
  });

  it('keeps the mode of a file it may replace', async () => {
    const target = join(dir, 'deck.pdf');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    const pending = await prepareTarget(target);
    await pending.commit(new Uint8Array([1, 2, 3]));
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });

  it('never replaces an existing file when told not to, even one that appears meanwhile', async () => {
    const target = join(dir, 'x.release.yaml');
    writeFileSync(target, 'mine');
    await expect(prepareTarget(target, { overwrite: false })).rejects.toMatchObject({ reason: 'exists' });
    rmSync(target);
    const pending = await prepareTarget(target, { overwrite: false });
    writeFileSync(target, 'appeared meanwhile');
    await expect(pending.commit('imported')).rejects.toMatchObject({ reason: 'exists' });
    expect(readFileSync(target, 'utf8')).toBe('appeared meanwhile');
    expect(leftovers()).toEqual([]);
  });

  it('removes its temporary file when the final rename fails', async () => {
    const target = join(dir, 'deck.pdf');
    const pending = await prepareTarget(target);
    mkdirSync(target); // the target became a folder while the deck was rendering
    await expect(pending.commit(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(TargetError);
    expect(leftovers()).toEqual([]);
  });
});

describe('documentInfo and printQuery', () => {
  it('takes the subject from the first sentence of the lead', () => {
    expect(documentInfo(release).subject).toBe(
      'On March 20, 2017, the IoT Acceleration Consortium (ITAC) and the Alliance for IoT Innovation (AIOTI) of the EU concluded a Memorandum of Understanding (MOU) for IoT Cooperation.',
    );
    expect(firstSentence('日本とEUが覚書を締結しました。今後も協力します。')).toBe('日本とEUが覚書を締結しました。');
  });

  it('passes font mode, contrast and notes to the renderer, leaving defaults out', () => {
    expect(printQuery({ font: 'xlarge', contrast: 'high', notes: true })).toBe('mode=print&font=xlarge&contrast=high&notes=1');
    expect(printQuery({ font: 'standard', contrast: 'standard' })).toBe('mode=print');
  });
});
