import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { count, printable } from '../../src/release/messages';
import { formatProblems, problemCount } from '../../src/release/problems';
import { chooseTheme, readTheme } from '../../src/node/read-theme';
import type { ExportProgress } from '../../src/node/export/pipeline';
import { EXPORT_FORMAT_IDS, FORMAT_TABLE, formatFor } from '../../src/node/export/formats';
import { checkOptions, CONTRASTS, FONT_MODES, MOTIONS, SCALES, type ExportOptions } from '../../src/node/export/options';
import { readReleaseOrReport } from '../../src/node/read-release';
import { defineCommand } from '../command';
import { projectFile } from '../paths';
import { TargetError } from '../../src/node/atomic-write';
import { builtRenderer, chromiumFor } from '../print-layout';

export const exportCommand = defineCommand({
  summary: 'export a release: PDF, PNG pages, an MP4 of the kiosk loop or an offline HTML player (format from --out or --format)',
  operands: '--release <file.release.yaml> --out <file>',
  options: {
    release: { type: 'string', value: 'file.release.yaml', help: 'the release to export (or name it first, without --release)' },
    out: { type: 'string', value: 'file.pdf', help: `where the export goes; its extension names the format: ${FORMAT_TABLE.map((f) => `${f.extensions.join('/')} ${f.id}`).join(', ')}; a new folder: html` },
    format: { type: 'string', choices: EXPORT_FORMAT_IDS, help: 'the format, when --out does not say it (png and html also write into a folder)' },
    font: { type: 'string', choices: FONT_MODES, help: 'text size; larger text runs onto continuation pages (default standard)' },
    contrast: { type: 'string', choices: CONTRASTS, help: 'high: all text at least 7:1' },
    motion: { type: 'string', choices: MOTIONS, help: 'mp4 and html: reduced cuts between pages instead of fading' },
    notes: { type: 'boolean', help: 'pdf and png: a speaker-notes band under each slide' },
    scale: { type: 'string', choices: SCALES.map(String), help: 'png: device pixels per CSS pixel (2 gives 3840×2160)' },
    zip: { type: 'boolean', help: 'html: a .zip of the player folder' },
    theme: { type: 'string', value: 'name|file.theme.yaml', help: 'the look: ministry, night, fair, or a *.theme.yaml file (over pressdeck.config.json and the release)' },
  },
  examples: [
    '--release slides/meti-2017-03-21-itac-aioti-mou.release.yaml --out meti.pdf --font large',
    'slides/meti-2017-03-21-itac-aioti-mou.release.yaml --out booth-loop.mp4',
    'slides/meti-2017-03-21-itac-aioti-mou.release.yaml --out booth-player.zip',
  ],
  notes: [
    'Needs the built renderer (`npm run build`, once); PDF, PNG and MP4 need Chromium (/usr/bin/chromium, or PRESSDECK_CHROMIUM); MP4 needs ffmpeg (PRESSDECK_FFMPEG, @ffmpeg-installer/ffmpeg or ffmpeg on the PATH).',
  ],
  async run({ positional, values, usage }) {
    const fail = (message: string) => {
      process.stderr.write(`pressdeck export: ${printable(message)}\n`);
      return 1;
    };
    const releaseFile = values.release ?? (positional.length === 1 ? positional[0] : undefined);
    if (!releaseFile) return usage(positional.length > 1 ? `expected one release file, got ${positional.length}: ${positional.join(' ')}` : 'name the release with --release <file>');
    if (!values.out) return usage('name the file to write with --out <file.pdf, file.png, file.mp4, file.zip or a new folder>');
    const target = resolve(values.out);
    const chosen = formatFor(values.out, values.format, /[\\/]$/.test(values.out) || isFolder(target));
    if (!chosen.ok) return usage(printable(chosen.error));
    const format = chosen.format.id;
    const options: ExportOptions = {
      format,
      ...(values.font ? { font: values.font as ExportOptions['font'] } : {}),
      ...(values.contrast ? { contrast: values.contrast as ExportOptions['contrast'] } : {}),
      ...(values.motion ? { motion: values.motion as ExportOptions['motion'] } : {}),
      ...(values.notes ? { notes: true } : {}),
      ...(values.scale ? { scale: Number(values.scale) } : {}),
      ...(values.zip || /\.zip$/i.test(values.out) ? { zip: true } : {}),
    };
    const problem = checkOptions(options);
    if (problem) return usage(problem);

    const playerDir = resolve(process.env.PRESSDECK_PLAYER_DIR ?? projectFile('out', 'player'));
    // The HTML player needs its own build, not Chromium; the picture formats need both. Chromium is looked
    // for now so it can start while the release is read; what is missing is said after the release is
    // checked, so a release's own problems come first whatever else is missing.
    const layout = format === 'html' ? undefined : chromiumFor();
    const show = progressPrinter();
    const notice = (message: string) => {
      show.end();
      process.stderr.write(`pressdeck export: ${message}\n`);
    };
    // Loaded here, not at the top: the other commands should not pay for Playwright and pdf-lib. Chromium
    // starts now, while the release is read and checked (prelaunchChromium).
    const modules = Promise.all([
      import('../../src/node/export/pipeline'),
      import('../../src/node/export/engine-chromium'),
      import('../../src/node/export/ffmpeg'),
    ]);
    const browser = layout?.ok ? modules.then(([, { prelaunchChromium }]) => prelaunchChromium(layout.chromiumPath, notice)) : undefined;
    try {
      return await exportWith(await modules, browser);
    } finally {
      await (await browser)?.dispose();
    }

    async function exportWith([{ runExport, ExportToolError }, , { findFfmpeg }]: Awaited<typeof modules>, launched: typeof browser): Promise<number> {
      const result = await readReleaseOrReport(releaseFile!);
      if (!result.ok) return fail(`${releaseFile} is not a valid release (${problemCount(result.problems)}); nothing was written`);
      const theme = await readTheme(await chooseTheme({ theme: values.theme, releasePath: resolve(releaseFile!), release: result.release }));
      if (!theme.ok) {
        process.stderr.write(formatProblems(theme.problems));
        return fail(`the theme ${theme.file} cannot be used (${problemCount(theme.problems)}); nothing was written`);
      }
      const renderer = format === 'html' ? undefined : builtRenderer();
      if (renderer && !renderer.ok) return fail(renderer.error);
      if (layout && !layout.ok) return fail(layout.error);
      // bench/export.ts: each step on stderr as a JSON line, in ms since this process started.
      const timing = process.env.PRESSDECK_EXPORT_TIMING === '1';
      const note = (event: string, detail?: unknown) => process.stderr.write(`${JSON.stringify({ timing: event, at: performance.now(), detail })}\n`);
      try {
        const done = await runExport({
          release: result.release,
          releasePath: resolve(releaseFile!),
          target,
          options,
          onProgress: timing ? (p) => { note(p.stage); show(p); } : show,
          ...(timing ? { onMark: (m: string, detail?: unknown) => note(m, detail) } : {}),
          tools: { ...(format === 'mp4' ? { ffmpeg: findFfmpeg() } : {}), playerDir },
          // The default look needs nothing carried; any other theme goes into the HTML player.
          ...(theme.path || theme.theme.name !== 'ministry' ? { theme: theme.theme } : {}),
          engine: async () =>
            (await launched)!.engine({
              rendererDir: renderer?.ok ? renderer.rendererDir : '',
              releasePath: resolve(releaseFile!),
              release: result.release,
              theme: theme.path ? { file: theme.path, names: [theme.theme.theme.logo, theme.theme.theme.font].filter((n): n is string => n !== undefined) } : { builtin: theme.theme.name },
            }),
        });
        const what = count(done.pages, format === 'png' ? 'image' : format === 'html' ? 'slide' : 'page');
        process.stdout.write(`${printable(`${values.out}: ${what}, ${count(done.bytes, 'byte')}`)}\n`);
        return 0;
      } catch (e) {
        show.end();
        const quiet = e instanceof TargetError || e instanceof ExportToolError;
        return fail(`${(e as Error).message}${quiet ? '' : '; nothing was written'}`);
      }
    }
  },
});

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

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
    else if (p.stage === 'rendering') { if (tty || p.page === p.pages) say(`Rendered page ${p.page} of ${p.pages}`); }
    else if (p.stage === 'encoding') { if (tty || p.done === p.total) say(`Encoding: ${Math.round((100 * p.done) / p.total)} %`); }
    else if (p.stage === 'finishing') { if (tty || p.page === p.pages) say(`Bookmarking slide ${p.page} of ${p.pages}`); }
    else say(`Wrote ${count(p.pages, 'page')}`, true);
  };
  return Object.assign(show, { end: () => { if (open) process.stderr.write('\n'); open = false; } });
}
