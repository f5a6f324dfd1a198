import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRelease } from '../src/release/parse';
import { DEFAULT_RELEASE_FILE } from '../src/release/defaults';
import type { ReleaseState } from '../src/ipc/contract';
import { appMenuTemplate, EXPORT_PDF_ACCELERATOR } from './menu';
import { createAppExporter, suggestedPdfName, type AppExportDeps } from './pdf-export';

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

function deps(over: Partial<AppExportDeps> = {}) {
  const log = { notices: [] as [string, string, string?][], progress: [] as (number | undefined)[], queries: [] as string[], suggested: [] as string[] };
  const d: AppExportDeps = {
    currentRelease: async () => good,
    chooseTarget: async (name) => { log.suggested.push(name); return join(dir, name); },
    render: async (query) => {
      log.queries.push(query);
      return { pdf: await twoPages(), pages: [{ title: 'One', kind: 'title', id: 'title' }, { title: 'Two', kind: 'lead', id: 'lead' }] };
    },
    showProgress: (f) => log.progress.push(f),
    notify: (kind, message, detail) => log.notices.push([kind, message, detail]),
    ...over,
  };
  return { d, log };
}

describe('Export PDF… in the app', () => {
  it('suggests a name from the release, renders the print query, writes the PDF and says so', async () => {
    const { d, log } = deps();
    const result = await createAppExporter(d)({ font: 'xlarge', notes: true });
    expect(result.outcome).toBe('done');
    expect(log.suggested).toEqual(['meti-2017-03-21-itac-aioti-mou.pdf']);
    expect(log.queries).toEqual(['mode=print&font=xlarge&notes=1']);
    expect((await PDFDocument.load(readFileSync(join(dir, log.suggested[0]!)))).getTitle()).toBe(parsed.release.title);
    expect(log.notices).toEqual([['info', 'Exported 2 slides to PDF', join(dir, log.suggested[0]!)]]);
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
    const { d, log } = deps({ render: async () => { throw new Error('the renderer stopped (crashed)'); } });
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

  it('names PDFs after the release file', () => {
    expect(suggestedPdfName('slides/a-b.release.yaml')).toBe('a-b.pdf');
    expect(suggestedPdfName('x.yml')).toBe('x.pdf');
  });
});

describe('app menu', () => {
  it('has File › Export PDF… on Ctrl/Cmd+Shift+E, which runs the export', () => {
    let ran = 0;
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const file = appMenuTemplate({ exportPdf: () => ran++ }, platform).find((m) => m.label === '&File')!;
      const item = (file.submenu as { id?: string; label?: string; accelerator?: string; click?: () => void }[]).find((i) => i.id === 'export-pdf')!;
      expect(item.label).toBe('Export PDF…');
      expect(item.accelerator).toBe(EXPORT_PDF_ACCELERATOR);
      item.click!();
    }
    expect(EXPORT_PDF_ACCELERATOR).toBe('CommandOrControl+Shift+E');
    expect(ran).toBe(3);
  });
});
