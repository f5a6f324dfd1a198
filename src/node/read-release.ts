/**
 * Reading a release file from disk. Node-only: main process and CLI, never the renderer.
 * Refuses what is not a release before parsing: huge files, non-UTF-8 bytes; and after it, image
 * paths that do not lead to a reasonable image inside the release's folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { locateIssues, MAX_RELEASE_BYTES, parseRelease, type ParseResult } from '../release/parse';
import { formatProblems } from '../release/problems';
import { checkAssets } from './assets';

/**
 * A UTF-8 text file of at most `maxBytes`, or why not ("no such file", "is not UTF-8 text"…): the
 * one way release and theme files are read.
 */
export async function readTextFile(path: string, noun: string, maxBytes = MAX_RELEASE_BYTES): Promise<{ ok: true; source: string } | { ok: false; message: string }> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: 'is not a file' };
    size = info.size;
  } catch (e) {
    return { ok: false, message: readProblem(e) };
  }
  if (size > maxBytes) {
    return { ok: false, message: `file is too large (${(size / 1048576).toFixed(1)} MB; a ${noun} file may be at most ${maxBytes / 1048576} MB)` };
  }
  try {
    const bytes = await readFile(path);
    return { ok: true, source: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch (e) {
    if (e instanceof TypeError) return { ok: false, message: 'is not UTF-8 text (save the file as UTF-8)' };
    return { ok: false, message: readProblem(e) };
  }
}

export async function readRelease(path: string, displayName = path): Promise<ParseResult & { source?: string }> {
  const fail = (message: string): ParseResult => ({ ok: false, problems: [{ file: displayName, line: 0, column: 0, field: '', message }] });
  const text = await readTextFile(path, 'release');
  if (!text.ok) return fail(text.message);
  const source = text.source;
  const parsed = parseRelease(source, displayName);
  if (!parsed.ok) return { ...parsed, source };
  const issues = await checkAssets(parsed.release, path);
  if (issues.length > 0) return { ok: false, problems: locateIssues(source, displayName, issues), source };
  return { ...parsed, source };
}

/** Why a file could not be read, in the words every command uses: 'no such file', 'is a folder, not a file'. */
export function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${(e as Error).message})`;
}

/**
 * readRelease, and when the file is not a valid release, every problem written as
 * `file:line:column: field: message` (one per line) to `write`: the one way the CLI commands, the
 * launchers and the main process report a release they cannot use.
 */
export async function readReleaseOrReport(
  path: string,
  options: { displayName?: string; write?: (text: string) => void } = {},
): Promise<ParseResult & { source?: string }> {
  const result = await readRelease(path, options.displayName ?? path);
  if (!result.ok) (options.write ?? ((t: string) => process.stderr.write(t)))(formatProblems(result.problems));
  return result;
}
