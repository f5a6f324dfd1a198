import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRelease } from '../src/release/parse';
import { DEFAULT_RELEASE_FILE } from '../src/release/defaults';
import type { ReleaseState } from '../src/ipc/contract';
import { fakeEngine } from '../tests/support/fake-export-engine';
import { appMenuTemplate, EXPORT_PDF_ACCELERATOR } from './menu';
import { createAppExporter, suggestedName, suggestedPdfName, type AppExportDeps } from './app-export';

const parsed = parseRelease(readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8'), DEFAULT_RELEASE_FILE);
if (!parsed.ok) throw new Error('default release is invalid');
const good: ReleaseState = { ok: true, file: DEFAULT_RELEASE_FILE, release: parsed.release };

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'pressdeck-app-export-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function twoPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([1440, 810]);
  doc.addPage([1440, 810]);
  return doc.save();
}

function deps(over: Partial<AppExportDeps> & { fail?: Error } = {}) {
  const log = { notices: [] as [string, string, string?][], progress: [] as (number | undefined)[], queries: [] as string[], suggested: [] as string[] };
  const fake = fakeEngine({ pages: [{ title: 'One', kind: 'title', id: 'title' }, { title: 'Two', kind: 'lead', id: 'lead' }], pdf: twoPages, fail: over.fail });
  const d: AppExportDeps = {
    currentRelease: async () => good,
    releasePath: () => `slides/${DEFAULT_RELEASE_FILE}`,
    chooseTarget: async (name) => { log.suggested.push(name); return join(dir, name); },
    engine: async () => {
      const engine = await fake.engine();
      return { ...engine, open: async (query, viewport) => { log.queries.push(query); return engine.open(query, viewport); } };
    },
    tools: () => ({}),
    showProgress: (f) => log.progress.push(f),
    notify: (kind, message, detail) => log.notices.push([kind, message, detail]),
    ...over,
  };
  return { d, log };
}

describe('Export PDF… in the app', () => {
  it('suggests a name from the release, renders the print query, writes the PDF and says so', async () => {
    const { d, log } = deps();
    const result = await createAppExporter(d)({ format: 'pdf', font: 'xlarge', notes: true });
    expect(result.outcome).toBe('done');
    expect(log.suggested).toEqual(['meti-2017-03-21-itac-aioti-mou.pdf']);
    expect(log.queries).toEqual(['mode=print&font=xlarge&notes=1']);
    expect((await PDFDocument.load(readFileSync(join(dir, log.suggested[0]!)))).getTitle()).toBe(parsed.release.title);
    expect(log.notices).toEqual([['info', 'Exported 2 slides as PDF', join(dir, log.suggested[0]!)]]);
    expect(log.progress.at(-2)).toBe(1);
    expect(log.progress.at(-1)).toBeUndefined();
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const { d, log } = deps({ chooseTarget: async () => undefined });
    expect(await createAppExporter(d)()).toEqual({ outcome: 'cancelled' });
    expect(log.queries).toEqual([]);
    expect(log.notices).toEqual([]);
  });

  it('reports a failed render and leaves no file', async () => {
    const { d, log } = deps({ fail: new Error('the renderer stopped (crashed)') });
    const result = await createAppExporter(d)();
    expect(result).toEqual({ outcome: 'failed', message: 'the renderer stopped (crashed)' });
    expect(log.notices[0]![0]).toBe('error');
    expect(log.notices[0]![2]).toContain('Nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an invalid release without asking where to save', async () => {
    const { d, log } = deps({ currentRelease: async () => ({ ok: false, file: 'x.release.yaml', problems: [{ file: 'x.release.yaml', line: 1, column: 1, field: 'title', message: 'required' }] }) });
    expect((await createAppExporter(d)()).outcome).toBe('failed');
    expect(log.suggested).toEqual([]);
    expect(log.notices[0]![2]).toContain('x.release.yaml has 1 problem');
  });

  it('runs one export at a time', async () => {
    let release!: () => void;
    const gate = new Promise<void>((ok) => { release = ok; });
    const { d } = deps({ currentRelease: async () => { await gate; return good; } });
    const exporter = createAppExporter(d);
    const first = exporter();
    expect(await exporter()).toEqual({ outcome: 'busy' });
    release();
    expect((await first).outcome).toBe('done');
  });

  it('names exports after the release file', () => {
    expect(suggestedPdfName('slides/a-b.release.yaml')).toBe('a-b.pdf');
    expect(suggestedPdfName('x.yml')).toBe('x.pdf');
    expect(suggestedName('slides/a-b.release.yaml', 'png')).toBe('a-b.png');
    expect(suggestedName('slides/a-b.release.yaml', 'mp4')).toBe('a-b.mp4');
    expect(suggestedName('slides/a-b.release.yaml', 'html')).toBe('a-b-player.zip');
  });

  it('exports PNG images through the same pipeline, one picture per page, with progress', async () => {
    const { d, log } = deps({ chooseTarget: async (name) => join(dir, name) });
    const result = await createAppExporter(d)({ format: 'png' });
    expect(result.outcome).toBe('done');
    expect(log.queries).toEqual(['mode=print']);
    expect(readdirSync(dir).sort()).toEqual(['meti-2017-03-21-itac-aioti-mou-01.png', 'meti-2017-03-21-itac-aioti-mou-02.png']);
    expect(log.notices).toEqual([['info', 'Exported 2 slides as PNG images', join(dir, 'meti-2017-03-21-itac-aioti-mou.png')]]);
    const fractions = log.progress.filter((f): f is number => f !== undefined);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});

describe('app menu', () => {
  type Item = { id?: string; label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  it('has File › Export As with every format, PDF on Ctrl/Cmd+Shift+E, each running its export', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const ran: string[] = [];
      const file = appMenuTemplate({ exportAs: (format) => ran.push(format) }, platform).find((m) => m.label === '&File')!;
      const exportAs = (file.submenu as Item[]).find((i) => i.id === 'export-as')!;
      const items = exportAs.submenu!;
      expect(items.map((i) => i.label)).toEqual(['PDF…', 'PNG Images…', 'MP4 Video of the Kiosk Loop…', 'Offline HTML Player (ZIP)…']);
      expect(items.find((i) => i.id === 'export-pdf')!.accelerator).toBe(EXPORT_PDF_ACCELERATOR);
      for (const item of items) item.click!();
      expect(ran).toEqual(['pdf', 'png', 'mp4', 'html']);
    }
    expect(EXPORT_PDF_ACCELERATOR).toBe('CommandOrControl+Shift+E');
  });
});
