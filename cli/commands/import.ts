/**
 * `pressdeck import <release.txt|release.html> [--out FILE] [--url URL] [--force]`
 * The file-system half of the importer: read bytes, refuse non-text, write the YAML atomically.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { formatReport, importRelease, MAX_IMPORT_CHARS } from '../../src/import/index';
import { prepareTarget, TargetError } from '../../src/node/atomic-write';
import { printable } from '../../src/release/messages';
import { parseArgs } from '../../src/options/args';
import type { Command } from '../command';

const USAGE = 'Usage: pressdeck import <release.txt|release.html> [--out slides/<name>.release.yaml] [--url <original url>] [--force] [--html]\n  --html reads the input as a saved web page whatever its extension (.html/.htm are read as HTML, others are sniffed)\n';

export const importCommand: Command = {
  summary: 'turn a press release (text or saved HTML page) into a release YAML; reports what it could not place',
  async run(args) {
    const parsed = parseArgs(args, { flags: ['force', 'html'], values: ['out', 'url'] });
    if (!parsed.ok || parsed.positional.length !== 1) {
      process.stderr.write(`pressdeck import: ${parsed.ok ? 'name one release text or HTML file' : parsed.error}\n${USAGE}`);
      return 2;
    }
    const file = parsed.positional[0]!;
    const out = parsed.values.out;
    const fail = (message: string) => {
      process.stderr.write(`pressdeck import: ${printable(message)}\n`);
      return 1;
    };

    const source = await readText(file);
    if (!source.ok) return fail(`${file}: ${source.error}`);
    // Checked before the work so a refused overwrite costs nothing; checked again atomically on write.
    if (out && !parsed.flags.force && (await exists(out))) return fail(`${out} already exists (use --force to replace it)`);

    const html = parsed.flags.html || /\.html?$/i.test(extname(file)) ? true : undefined;
    const result = importRelease(source.text, { file: basename(file), html, url: parsed.values.url });
    if (!result.ok) return fail(result.error);

    if (out) {
      const written = await write(out, result.yaml, parsed.flags.force === true);
      if (written) return fail(written);
    } else {
      process.stdout.write(result.yaml);
    }
    process.stderr.write(formatReport(file, result));
    if (out) process.stderr.write(`${printable(`wrote ${out}; next: npm run validate -- ${out}`)}\n`);
    return 0;
  },
};

async function readText(file: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, error: 'is not a file' };
    if (info.size > MAX_IMPORT_CHARS * 4) return { ok: false, error: 'is too large to be a press release' };
    const bytes = await readFile(file);
    if (bytes.includes(0)) return { ok: false, error: 'is not text (it looks like a binary file)' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (e) {
    if (e instanceof TypeError) return { ok: false, error: 'is not UTF-8 text (save it as UTF-8, or save the web page again)' };
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${(e as Error).message})` };
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The YAML into place whole (temporary file, then moved), never over an existing file without
 * --force, never over a read-only one, keeping the mode of a file it replaces. An error message, or
 * undefined when written.
 */
async function write(path: string, text: string, force: boolean): Promise<string | undefined> {
  try {
    const pending = await prepareTarget(path, { overwrite: force });
    try {
      await pending.commit(text);
    } finally {
      await pending.discard();
    }
    return undefined;
  } catch (e) {
    if (e instanceof TargetError && e.reason === 'exists') return `${path} already exists (use --force to replace it)`;
    return (e as Error).message;
  }
}
