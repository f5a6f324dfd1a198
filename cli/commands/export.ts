import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, printable } from '../../src/release/messages';
import { formatProblems, problemCount } from '../../src/release/problems';
import { chooseTheme, readTheme } from '../../src/node/read-theme';
import { findChromium } from '../../src/node/chromium';
import type { ExportProgress } from '../../src/node/export/export-pdf';
import { CONTRASTS, FONT_MODES, type Contrast, type FontMode } from '../../src/node/export/print-url';
import { readReleaseOrReport } from '../../src/node/read-release';
import { parseArgs } from '../../src/options/args';
import type { Command } from '../command';

const USAGE = 'Usage: pressdeck export --release <file.release.yaml> --out <file.pdf> [--font standard|large|xlarge] [--contrast high] [--theme name|file.theme.yaml] [--notes]\n';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const exportCommand: Command = {
  summary: 'export a release to PDF, one page per slide (--font, --contrast high, --theme, --notes)',
  async run(args) {
    const parsed = parseArgs(args, { flags: ['notes'], values: ['release', 'out', 'font', 'contrast', 'theme'] });
    const fail = (message: string, code: number) => {
      process.stderr.write(`pressdeck export: ${printable(message)}\n${code === 2 ? USAGE : ''}`);
      return code;
    };
    if (!parsed.ok) return fail(parsed.error, 2);
    const { values } = parsed;
    const releaseFile = values.release ?? (parsed.positional.length === 1 ? parsed.positional[0] : undefined);
    if (!releaseFile) return fail('name the release with --release <file>', 2);
    if (!values.out) return fail('name the PDF with --out <file.pdf>', 2);
    if (values.font && !FONT_MODES.includes(values.font as FontMode)) return fail(`--font must be one of ${FONT_MODES.join(', ')}`, 2);
    if (values.contrast && !CONTRASTS.includes(values.contrast as Contrast)) return fail('--contrast must be high (or standard)', 2);

    const result = await readReleaseOrReport(releaseFile);
    if (!result.ok) {
      return fail(`${releaseFile} is not a valid release (${problemCount(result.problems)}); nothing was written`, 1);
    }
    const theme = await readTheme(await chooseTheme({ theme: values.theme, releasePath: resolve(releaseFile), release: result.release }));
    if (!theme.ok) {
      process.stderr.write(formatProblems(theme.problems));
      return fail(`the theme ${theme.file} cannot be used (${problemCount(theme.problems)}); nothing was written`, 1);
    }
    const rendererDir = resolve(process.env.PRESSDECK_RENDERER_DIR ?? join(ROOT, 'out/renderer'));
    if (!existsSync(join(rendererDir, 'index.html'))) {
      return fail(`the built renderer is missing (${join(rendererDir, 'index.html')}): run \`npm run build\` first`, 1);
    }
    const chromiumPath = findChromium();
    if (!chromiumPath) {
      return fail(
        process.env.PRESSDECK_CHROMIUM
          ? `no Chromium at PRESSDECK_CHROMIUM=${process.env.PRESSDECK_CHROMIUM}; point it at a Chromium or Chrome binary`
          : 'no Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium) or set PRESSDECK_CHROMIUM to a Chromium or Chrome binary',
        1,
      );
    }

    // Loaded here, not at the top: the other commands should not pay for Playwright and pdf-lib.
    const [{ TargetError }, { exportPdf }, { renderWithChromium }] = await Promise.all([
      import('../../src/node/atomic-write'),
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
            chromiumPath,
            rendererDir,
            releasePath: resolve(releaseFile),
            release: result.release,
            theme: theme.path ? { file: theme.path, names: [theme.theme.theme.logo, theme.theme.theme.font].filter((n): n is string => n !== undefined) } : { builtin: theme.theme.name },
            settings: { font: values.font as FontMode | undefined, contrast: values.contrast as Contrast | undefined, notes: parsed.flags.notes === true },
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
      return fail(`${(e as Error).message}${e instanceof TargetError ? '' : '; nothing was written'}`, 1);
    }
  },
};

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
