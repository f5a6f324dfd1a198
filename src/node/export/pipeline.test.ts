import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFDict, PDFHexString } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRelease } from '../../release/parse';
import { DEFAULT_RELEASE_FILE } from '../../release/defaults';
import { prepareTarget, TargetError } from '../atomic-write';
import { documentInfo, firstSentence } from './document-info';
import { fakeEngine } from '../../../tests/support/fake-export-engine';
import { checkOptions, EXPORT_FORMATS, exportQuery, pageSize, type ExportOptions } from './options';
import { finishPdf } from './pdf-finish';
import { runExport, type ExportJob, type ExportProgress } from './pipeline';

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

const TWO = [{ title: 'A', kind: 'title', id: 'a', seconds: 8 }, { title: 'B', kind: 'lead', id: 'b', seconds: 12 }];
const job = (over: Partial<ExportJob> & { options?: ExportOptions }): ExportJob => ({
  release, releasePath: `slides/${DEFAULT_RELEASE_FILE}`, target: join(dir, 'deck.pdf'), options: { format: 'pdf' },
  engine: fakeEngine({ pages: TWO, pdf: () => pdfWithPages(2) }).engine, ...over,
});

describe('runExport as PDF', () => {
  it('writes the finished PDF at the target and reports progress up to the last slide', async () => {
    const target = join(dir, 'deck.pdf');
    const seen: ExportProgress[] = [];
    const result = await runExport(job({ target, onProgress: (p) => seen.push(p) }));
    expect(result.pages).toBe(2);
    expect((await PDFDocument.load(readFileSync(target))).getPageCount()).toBe(2);
    expect(seen.filter((p) => p.stage === 'finishing').map((p) => p.stage === 'finishing' && p.page)).toEqual([1, 2]);
    expect(seen.at(-1)).toMatchObject({ stage: 'done', pages: 2 });
    expect(leftovers()).toEqual([]);
  });

  it('leaves neither the target nor a temporary file when rendering fails, and keeps an older file intact', async () => {
    const target = join(dir, 'deck.pdf');
    writeFileSync(target, 'previous export');
    await expect(runExport(job({ target, engine: fakeEngine({ pages: TWO, fail: new Error('renderer crashed') }).engine }))).rejects.toThrow('renderer crashed');
    expect(readFileSync(target, 'utf8')).toBe('previous export');
    expect(leftovers()).toEqual([]);
  });

  it('fails before rendering when the target cannot be written', async () => {
    let rendered = false;
    const target = join(dir, 'no-such-folder', 'deck.pdf');
    await expect(runExport(job({ target, engine: async () => { rendered = true; throw new Error('unreachable'); } }))).rejects.toThrow(
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

describe('PNG through the same pipeline', () => {
  it('writes one numbered image per page beside deck.png, at the page size times the scale', async () => {
    const fake = fakeEngine({ pages: TWO });
    const result = await runExport(job({ target: join(dir, 'deck.png'), options: { format: 'png', scale: 2, font: 'large' }, engine: fake.engine }));
    expect(result.pages).toBe(2);
    expect(fake.log.opened).toEqual([{ query: 'mode=print&font=large', viewport: { width: 1920, height: 1080, scale: 2, pictures: true } }]);
    expect(fake.log.shown).toEqual([0, 1]);
    expect(readdirSync(dir).sort()).toEqual(['deck-01.png', 'deck-02.png']);
    const png = readFileSync(join(dir, 'deck-02.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3840, 2160]);
    expect(fake.log.closed).toBe(1);
  });

  it('fills a new folder with 01.png… and replaces only a folder an earlier export wrote', async () => {
    const folder = join(dir, 'pages');
    await runExport(job({ target: folder, options: { format: 'png' }, engine: fakeEngine({ pages: TWO }).engine }));
    expect(readdirSync(folder).sort()).toEqual(['.pressdeck-export', '01.png', '02.png']);
    await runExport(job({ target: folder, options: { format: 'png' }, engine: fakeEngine({ pages: [TWO[0]!] }).engine }));
    expect(readdirSync(folder).sort()).toEqual(['.pressdeck-export', '01.png']);
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep');
    await expect(runExport(job({ target: mine, options: { format: 'png' } }))).rejects.toThrow('is a folder with other files in it');
    expect(readdirSync(mine)).toEqual(['notes.txt']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('leaves no image and no staging folder when a page fails to render', async () => {
    await expect(runExport(job({ target: join(dir, 'deck.png'), options: { format: 'png' }, engine: fakeEngine({ pages: TWO, fail: new Error('gone') }).engine }))).rejects.toThrow('gone');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('export options', () => {
  const all = (format: ExportOptions['format']): ExportOptions[] =>
    (['standard', 'large', 'xlarge'] as const).flatMap((font) =>
      (['standard', 'high'] as const).flatMap((contrast) =>
        (['full', 'reduced', undefined] as const).flatMap((motion) =>
          [false, true].flatMap((notes) => [1, 2].flatMap((scale) => [false, true].map((zip) => ({ format, font, contrast, motion, notes, scale, zip }))))),
      ),
    );

  it('every format takes font and contrast; notes, scale, zip and motion only where they mean something', () => {
    const takes = { pdf: ['notes'], png: ['notes', 'scale'], mp4: ['motion'], html: ['zip', 'motion'] } as const;
    for (const format of EXPORT_FORMATS) {
      for (const o of all(format)) {
        const extras = (['notes', 'scale', 'zip', 'motion'] as const).filter((k) => (k === 'scale' ? o.scale !== 1 : k === 'motion' ? o.motion !== undefined : o[k] === true));
        const wrong = extras.filter((k) => !(takes[format] as readonly string[]).includes(k));
        const problem = checkOptions(o);
        if (wrong.length === 0) expect(problem, JSON.stringify(o)).toBeUndefined();
        else expect(problem, JSON.stringify(o)).toMatch(new RegExp(`^--(${wrong.join('|')}) applies to .*, not ${format}$`));
        if (problem) continue;
        // The query carries what the renderer needs and nothing else; PDF, PNG and MP4 share the print layout.
        const q = new URLSearchParams(exportQuery(o));
        expect(q.get('mode')).toBe(format === 'html' ? 'kiosk' : 'print');
        expect(q.get('font')).toBe(o.font === 'standard' ? null : o.font);
        expect(q.get('contrast')).toBe(o.contrast === 'high' ? 'high' : null);
        expect(q.get('notes')).toBe(o.notes ? '1' : null);
        expect(q.get('motion')).toBe(format === 'html' && o.motion ? o.motion : null);
        expect(pageSize(o)).toEqual({ width: 1920, height: o.notes ? 1620 : 1080 });
      }
    }
  });

  it('refuses values outside the lists, by name', () => {
    expect(checkOptions({ format: 'pdf', font: 'huge' as never })).toBe('--font must be one of standard, large, xlarge');
    expect(checkOptions({ format: 'png', scale: 5 })).toBe('--scale must be one of 1, 2, 3, 4');
    expect(checkOptions({ format: 'gif' as never })).toBe('the format must be one of pdf, png, mp4, html');
  });

});

describe('documentInfo and exportQuery', () => {
  it('takes the subject from the first sentence of the lead', () => {
    expect(documentInfo(release).subject).toBe(
      'On March 20, 2017, the IoT Acceleration Consortium (ITAC) and the Alliance for IoT Innovation (AIOTI) of the EU concluded a Memorandum of Understanding (MOU) for IoT Cooperation.',
    );
    expect(firstSentence('日本とEUが覚書を締結しました。今後も協力します。')).toBe('日本とEUが覚書を締結しました。');
  });

  it('passes font mode, contrast and notes to the renderer, leaving defaults out', () => {
    expect(exportQuery({ format: 'pdf', font: 'xlarge', contrast: 'high', notes: true })).toBe('mode=print&font=xlarge&contrast=high&notes=1');
    expect(exportQuery({ format: 'pdf', font: 'standard', contrast: 'standard' })).toBe('mode=print');
  });
});
