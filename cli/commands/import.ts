/**
 * `pressdeck import <release.txt|release.html> [--out FILE] [--url URL] [--force] [--html]`
 * The file-system half of the importer: read bytes, refuse non-text, write the YAML atomically.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TargetError, writeWhole } from '../../src/node/atomic-write';
import { readProblem } from '../../src/node/read-release';
import { printable } from '../../src/release/messages';
import { defineCommand } from '../command';
import { projectFile } from '../paths';

export const importCommand = defineCommand({
  summary: 'turn a press release (text or saved HTML page) into a release YAML; reports what it could not place',
  operands: '<release.txt|release.html>',
  options: {
    out: { type: 'string', value: 'slides/name.release.yaml', help: 'write the release here (whole or not at all) instead of printing it' },
    url: { type: 'string', value: 'url', help: 'the address the release was published at (the closing slide shows it)' },
    force: { type: 'boolean', help: 'replace the --out file when it exists' },
    html: { type: 'boolean', help: 'read the input as a saved web page whatever its name (.html and .htm are; others are sniffed)' },
  },
  examples: ['release.txt --out slides/my-release.release.yaml'],
  notes: ['Then: `npm run validate -- slides/my-release.release.yaml`, and fix each "guessed" comment.'],
  async run({ positional, values, usage, call }) {
    if (positional.length !== 1) return usage('name one release text or HTML file');
    const file = positional[0]!;
    const out = values.out;
    const fail = (message: string) => {
      process.stderr.write(`pressdeck import: ${printable(message)}\n`);
      return 1;
    };

    // The importer loads for this command only.
    const { formatReport, importRelease, MAX_IMPORT_CHARS } = await import('../../src/import/index');
    const source = await readText(file, MAX_IMPORT_CHARS * 4);
    if (!source.ok) return fail(`${file}: ${source.error}`);
    // Checked before the work so a refused overwrite costs nothing; checked again atomically on write.
    if (out && !values.force && (await exists(out))) return fail(`${out} already exists (use --force to replace it)`);

    const html = values.html || /\.html?$/i.test(extname(file)) ? true : undefined;
    const schemaPath = schemaPathFrom(out === undefined ? process.cwd() : dirname(resolve(out)));
    const result = importRelease(source.text, { file: basename(file), html, url: values.url, schemaPath });
    if (!result.ok) return fail(result.error);

    if (out) {
      try {
        await writeWhole(out, result.yaml, { overwrite: values.force === true });
      } catch (e) {
        if (e instanceof TargetError && e.reason === 'exists') return fail(`${out} already exists (use --force to replace it)`);
        return fail((e as Error).message);
      }
    } else {
      process.stdout.write(result.yaml);
    }
    process.stderr.write(formatReport(file, result));
    if (out) process.stderr.write(`${printable(`wrote ${out}; next: ${call('validate')} ${out}`)}\n`);
    return 0;
  },
});

/**
 * The `$schema` of the written file, as the YAML language server resolves it: relative to the
 * file's folder (the current folder for a release printed to stdout), in forward slashes. A path
 * that is not one plain word (spaces, another drive) is written as a file: URL instead.
 */
export function schemaPathFrom(folder: string, schema = projectFile('resources', 'release.schema.json')): string {
  const path = relative(folder, schema);
  if (!isAbsolute(path) && /^[\w.~@+/\\-]+$/.test(path)) return path.split(sep).join('/');
  return pathToFileURL(schema).href;
}

async function readText(file: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, error: 'is not a file' };
    if (info.size > maxBytes) return { ok: false, error: 'is too large to be a press release' };
    const bytes = await readFile(file);
    if (bytes.includes(0)) return { ok: false, error: 'is not text (it looks like a binary file)' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (e) {
    if (e instanceof TypeError) return { ok: false, error: 'is not UTF-8 text (save it as UTF-8, or save the web page again)' };
    return { ok: false, error: readProblem(e) };
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
