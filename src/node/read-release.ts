/**
 * Reading a release file from disk. Node-only: main process and CLI, never the renderer.
 * Refuses what is not a release before parsing: huge files, non-UTF-8 bytes; and after it, image
 * paths that do not lead to a reasonable image inside the release's folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { locateIssues, MAX_RELEASE_BYTES, parseRelease, type ParseResult } from '../release/parse';
import { formatProblems } from '../release/problems';
import { checkAssets } from './assets';

export async function readRelease(path: string, displayName = path): Promise<ParseResult & { source?: string }> {
  const fail = (message: string): ParseResult => ({ ok: false, problems: [{ file: displayName, line: 0, column: 0, field: '', message }] });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('is not a file');
    size = info.size;
  } catch (e) {
    return fail(readProblem(e));
  }
  if (size > MAX_RELEASE_BYTES) {
    return fail(`file is too large (${(size / 1048576).toFixed(1)} MB; a release file may be at most ${MAX_RELEASE_BYTES / 1048576} MB)`);
  }
  let source: string;
  try {
    const bytes = await readFile(path);
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (e) {
    if (e instanceof TypeError) return fail('is not UTF-8 text (save the file as UTF-8)');
    return fail(readProblem(e));
  }
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
