import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { count, printable } from '../../src/release/messages';
import { formatProblems, problemCount } from '../../src/release/problems';
import { chooseTheme, readTheme } from '../../src/node/read-theme';
import type { ExportProgress } from '../../src/node/export/export-pdf';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, formatFor } from '../../src/node/export/formats';
import { CONTRASTS, FONT_MODES } from '../../src/node/export/print-url';
import { TargetError } from '../../src/node/atomic-write';
import { readReleaseOrReport } from '../../src/node/read-release';
import { defineCommand } from '../command';
import { printLayout } from '../print-layout';

const available = EXPORT_FORMATS.filter((f) => f.available).map((f) => f.id).join(', ');

export const exportCommand = defineCommand({
  summary: 'export a release to PDF, one page per slide (--font, --contrast high, --theme, --notes)',
  operands: '--release <file.release.yaml> --out <file>',
  options: {
    release: { type: 'string', value: 'file.release.yaml', help: 'the release to export (or name it first, without --release)' },
    out: { type: 'string', value: 'file.pdf', help: 'where the export goes; its extension names the format' },
    format: { type: 'string', choices: EXPORT_FORMAT_IDS, help: `the format, when --out does not say it (this version writes ${available})` },
    font: { type: 'string', choices: FONT_MODES, help: 'text size; larger text runs onto continuation pages (default standard)' },
    contrast: { type: 'string', choices: CONTRASTS, help: 'high: all text at least 7:1' },
    notes: { type: 'boolean', help: 'a speaker-notes band under each slide' },
    theme: { type: 'string', value: 'name|file.theme.yaml', help: 'the look: ministry, night, fair, or a *.theme.yaml file (over pressdeck.config.json and the release)' },
  },
  examples: ['--release slides/meti-2017-03-21-itac-aioti-mou.release.yaml --out meti.pdf --font large'],
  notes: ['Needs the built renderer (`npm run build`, once) and Chromium (/usr/bin/chromium, or PRESSDECK_CHROMIUM).'],
  async run({ positional, values, usage }) {
    const fail = (message: string) => {
      process.stderr.write(`pressdeck export: ${printable(message)}\n`);
      return 1;
    };
    const releaseFile = values.release ?? (positional.length === 1 ? positional[0] : undefined);
    if (!releaseFile) return usage(positional.length > 1 ? `expected one release file, got ${positional.length}: ${positional.join(' ')}` : 'name the release with --release <file>');
    if (!values.out) return usage('name the file to write with --out <file.pdf>');
    const folder = /[\\/]$/.test(values.out) || (await stat(values.out).then((s) => s.isDirectory(), () => false));
    const format = formatFor(values.out, values.format, folder);
    if (!format.ok) return usage(printable(format.error));

    const result = await readReleaseOrReport(releaseFile);
    if (!result.ok) return fail(`${releaseFile} is not a valid release (${problemCount(result.problems)}); nothing was written`);
    const theme = await readTheme(await chooseTheme({ theme: values.theme, releasePath: resolve(releaseFile), release: result.release }));
    if (!theme.ok) {
      process.stderr.write(formatProblems(theme.problems));
      return fail(`the theme ${theme.file} cannot be used (${problemCount(theme.problems)}); nothing was written`);
    }
    const layout = printLayout();
    if (!layout.ok) return fail(layout.error);

    // Loaded here, not at the top: the other commands should not pay for Playwright and pdf-lib.
    const [{ exportPdf }, { renderWithChromium }] = await Promise.all([
      import('../../src/node/export/export-pdf'),
      import('../../src/node/export/render-chromium'),
    ]);
    const target = resolve(values.out);
    const show = progressPrinter();
    try {
      const done = await exportPdf({
        release: result.release,
        target,
        onProgress: show,
        render: (progress) =>
          renderWithChromium({
            chromiumPath: layout.chromiumPath,
            rendererDir: layout.rendererDir,
            releasePath: resolve(releaseFile),
            release: result.release,
            theme: theme.path ? { file: theme.path, names: [theme.theme.theme.logo, theme.theme.theme.font].filter((n): n is string => n !== undefined) } : { builtin: theme.theme.name },
            settings: { font: values.font, contrast: values.contrast, notes: values.notes === true },
            onNotice: (message) => {
              show.end();
              process.stderr.write(`pressdeck export: ${message}\n`);
            },
            onStage: (stage, pages) => {
              if (stage === 'layout') progress({ stage: 'laid-out', pages: pages ?? 0 });
              if (stage === 'print') progress({ stage: 'printing', pages: pages ?? 0 });
            },
          }),
      });
      process.stdout.write(`${printable(`${values.out}: ${count(done.pages, 'page')}, ${count(done.bytes, 'byte')}`)}\n`);
      return 0;
    } catch (e) {
      show.end();
      return fail(`${(e as Error).message}${e instanceof TargetError ? '' : '; nothing was written'}`);
    }
  },
});

/** Progress on stderr: one updating line on a terminal, plain lines in a log. */
function progressPrinter(): ((p: ExportProgress) => void) & { end(): void } {
  const tty = process.stderr.isTTY === true;
  let open = false;
  const say = (text: string, final = false) => {
    if (tty) {
      process.stderr.write(`\r\x1b[2K${text}${final ? '\n' : ''}`);
      open = !final;
    } else process.stderr.write(`${text}\n`);
  };
  const show = (p: ExportProgress) => {
    if (p.stage === 'starting') say('Starting Chromium…');
    else if (p.stage === 'laid-out') say(`Laid out ${count(p.pages, 'slide')}`);
    else if (p.stage === 'printing') say(`Printing ${count(p.pages, 'slide')}…`);
    else if (p.stage === 'finishing') { if (tty || p.page === p.pages) say(`Bookmarking slide ${p.page} of ${p.pages}`); }
    else say(`Wrote ${count(p.pages, 'page')}`, true);
  };
  return Object.assign(show, { end: () => { if (open) process.stderr.write('\n'); open = false; } });
}
