import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, printable } from '../../src/release/messages';
import { problemCount } from '../../src/release/problems';
import { findChromium } from '../../src/node/chromium';
import type { ExportProgress } from '../../src/node/export/pipeline';
import { checkOptions, EXPORT_FORMATS, formatForTarget, type ExportFormat, type ExportOptions } from '../../src/node/export/options';
import { readReleaseOrReport } from '../../src/node/read-release';
import { parseArgs } from '../../src/options/args';
import type { Command } from '../command';

const USAGE =
  'Usage: pressdeck export --release <file.release.yaml> --out <file.pdf|file.png|file.mp4|folder|file.zip> [--format pdf|png|mp4|html]\n' +
  '       [--font standard|large|xlarge] [--contrast high] [--motion reduced] [--notes] [--scale 2] [--zip]\n';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const exportCommand: Command = {
  summary: 'export a release: PDF, PNG pages, an MP4 of the kiosk loop or an offline HTML player (format from --out or --format)',
  async run(args) {
    const parsed = parseArgs(args, { flags: ['notes', 'zip'], values: ['release', 'out', 'font', 'contrast', 'motion', 'format', 'scale'] });
    const fail = (message: string, code: number) => {
      process.stderr.write(`pressdeck export: ${printable(message)}\n${code === 2 ? USAGE : ''}`);
      return code;
    };
    if (!parsed.ok) return fail(parsed.error, 2);
    const { values, flags } = parsed;
    const releaseFile = values.release ?? (parsed.positional.length === 1 ? parsed.positional[0] : undefined);
    if (!releaseFile) return fail('name the release with --release <file>', 2);
    if (!values.out) return fail('name the output with --out <file.pdf, file.png, file.mp4, a folder or file.zip>', 2);
    const target = resolve(values.out);
    if (values.format && !EXPORT_FORMATS.includes(values.format as ExportFormat)) return fail(`--format must be one of ${EXPORT_FORMATS.join(', ')}`, 2);
    // An existing folder is never written into on a guess: it takes --format html (or png).
    if (!values.format && isFolder(target)) return fail(`${target} is a folder; give a file name such as ${join(target, 'deck.pdf')}, or --format html or png to write into it`, 1);
    const format = (values.format as ExportFormat | undefined) ?? formatForTarget(values.out, false);
    if (!format) return fail(`cannot tell the format from ${values.out}: end it in .pdf, .png, .mp4 or .zip, name a new folder, or give --format`, 2);
    const options: ExportOptions = {
      format,
      ...(values.font ? { font: values.font as ExportOptions['font'] } : {}),
      ...(values.contrast ? { contrast: values.contrast as ExportOptions['contrast'] } : {}),
      ...(values.motion ? { motion: values.motion as ExportOptions['motion'] } : {}),
      ...(flags.notes ? { notes: true } : {}),
      ...(values.scale ? { scale: Number(values.scale) } : {}),
      ...(flags.zip || /\.zip$/i.test(values.out) ? { zip: true } : {}),
    };
    const problem = checkOptions(options);
    if (problem) return fail(problem, 2);

    const rendererDir = resolve(process.env.PRESSDECK_RENDERER_DIR ?? join(ROOT, 'out/renderer'));
    const playerDir = resolve(process.env.PRESSDECK_PLAYER_DIR ?? join(ROOT, 'out/player'));
    const built = format === 'html' ? join(playerDir, 'index.template.html') : join(rendererDir, 'index.html');
    if (!existsSync(built)) return fail(`the built ${format === 'html' ? 'player' : 'renderer'} is missing (${built}): run \`npm run build\` first`, 1);
    const chromiumPath = findChromium();
    if (!chromiumPath && format !== 'html') {
      return fail(
        process.env.PRESSDECK_CHROMIUM
          ? `no Chromium at PRESSDECK_CHROMIUM=${process.env.PRESSDECK_CHROMIUM}; point it at a Chromium or Chrome binary`
          : 'no Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium) or set PRESSDECK_CHROMIUM to a Chromium or Chrome binary',
        1,
      );
    }
    const show = progressPrinter();
    const notice = (message: string) => {
      show.end();
      process.stderr.write(`pressdeck export: ${message}\n`);
    };
    // Loaded here, not at the top: the other commands should not pay for Playwright and pdf-lib. Chromium
    // starts now, while the release is read and checked (prelaunchChromium).
    const modules = Promise.all([
      import('../../src/node/atomic-write'),
      import('../../src/node/export/pipeline'),
      import('../../src/node/export/engine-chromium'),
      import('../../src/node/export/ffmpeg'),
    ]);
    const browser = format === 'html' ? undefined : modules.then(([, , { prelaunchChromium }]) => prelaunchChromium(chromiumPath!, notice));
    try {
      return await exportWith(await modules, browser);
    } finally {
      await (await browser)?.dispose();
    }

    async function exportWith([{ TargetError }, { runExport, ExportToolError }, , { findFfmpeg }]: Awaited<typeof modules>, launched: typeof browser): Promise<number> {
      const result = await readReleaseOrReport(releaseFile!);
      if (!result.ok) {
        return fail(`${releaseFile} is not a valid release (${problemCount(result.problems)}); nothing was written`, 1);
      }
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
          engine: async () => (await launched)!.engine({ rendererDir, releasePath: resolve(releaseFile!), release: result.release }),
        });
        const what = count(done.pages, format === 'png' ? 'image' : format === 'html' ? 'slide' : 'page');
        process.stdout.write(`${printable(`${values.out}: ${what}, ${count(done.bytes, 'byte')}`)}\n`);
        return 0;
      } catch (e) {
        show.end();
        const quiet = e instanceof TargetError || e instanceof ExportToolError;
        return fail(`${(e as Error).message}${quiet ? '' : '; nothing was written'}`, 1);
      }
    }
  },
};

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
