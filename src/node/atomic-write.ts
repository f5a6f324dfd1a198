/**
 * A file appears at its target path whole or not at all: bytes go to a temporary file in the same
 * folder (same file system, so the rename is atomic), which is moved over the target at the end
 * and deleted on any failure. Opening the temporary file first also finds an unwritable target
 * before minutes of rendering, not after. Used for PDF exports and for `pressdeck import --out`.
 *
 * A rename replaces whatever the target was, whatever its permissions say, so those are checked
 * here: a read-only file (chmod 444, or one the user may not write) is refused, not replaced, and a
 * file that may be replaced keeps its mode instead of taking the temporary file's.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface PendingFile {
  /** Writes the bytes and moves them into place. */
  commit(bytes: Uint8Array | string): Promise<void>;
  /** Removes the temporary file; safe to call more than once, and after commit. */
  discard(): Promise<void>;
}

export interface TargetOptions {
  /** false: never replace an existing file, even one that appears while the work runs. Default true. */
  overwrite?: boolean;
}

export class TargetError extends Error {
  constructor(
    message: string,
    /** Why, for callers that word it their own way ('exists': the target is there and overwrite is false). */
    readonly reason?: 'exists',
  ) {
    super(message);
    this.name = 'TargetError';
  }
}

export async function prepareTarget(target: string, options: TargetOptions = {}): Promise<PendingFile> {
  const overwrite = options.overwrite ?? true;
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new TargetError(`${target} is a folder; give a file name such as ${join(target, 'deck.pdf')}`);
  if (existing && !overwrite) throw new TargetError(`${target} already exists`, 'exists');
  if (existing && !existing.isFile()) throw new TargetError(`${target} exists and is not a regular file; nothing was written`);
  // Permission bits first: as root, access() says yes to anything, but a 444 file is still meant to stay.
  if (existing && ((existing.mode & 0o222) === 0 || !(await writable(target)))) {
    throw new TargetError(`${target} is read-only (mode ${(existing.mode & 0o777).toString(8)}), so it was left as it is and nothing was written; make it writable or choose another name`);
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
  let handle;
  try {
    handle = await open(temp, 'wx');
  } catch (e) {
    throw new TargetError(`cannot write ${target}: ${reason(e)}`);
  }
  let done = false;
  return {
    async commit(bytes) {
      try {
        await handle.writeFile(bytes);
        // The replaced file's mode (say 640 for a shared folder), not the temporary file's 644.
        if (existing) await handle.chmod(existing.mode & 0o7777);
        await handle.sync();
        await handle.close();
        if (overwrite) {
          await rename(temp, target);
        } else {
          // A hard link fails when the name exists, so a file that appeared meanwhile is not replaced.
          await link(temp, target);
          await unlink(temp);
        }
        done = true;
      } catch (e) {
        await handle.close().catch(() => undefined);
        await rm(temp, { force: true });
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetError(`${target} already exists`, 'exists');
        throw new TargetError(`cannot write ${target}: ${reason(e)}`);
      }
    },
    async discard() {
      if (done) return;
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/** prepareTarget and commit in one call, for content already in memory (an imported release, the schema). */
export async function writeWhole(target: string, bytes: Uint8Array | string, options: TargetOptions = {}): Promise<void> {
  const pending = await prepareTarget(target, options);
  try {
    await pending.commit(bytes);
  } finally {
    await pending.discard();
  }
}

async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return (e as Error).message;
}
