/**
 * A PDF appears at its target path whole or not at all: bytes go to a temporary file in the same
 * folder (same file system, so the rename is atomic), which is renamed over the target at the end
 * and deleted on any failure. Opening the temporary file first also finds an unwritable target
 * before minutes of rendering, not after.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface PendingFile {
  /** Writes the bytes and renames them into place. */
  commit(bytes: Uint8Array): Promise<void>;
  /** Removes the temporary file; safe to call more than once, and after commit. */
  discard(): Promise<void>;
}

export class TargetError extends Error {}

export async function prepareTarget(target: string): Promise<PendingFile> {
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new TargetError(`${target} is a folder; give a file name such as ${join(target, 'deck.pdf')}`);
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
        await handle.sync();
        await handle.close();
        await rename(temp, target);
        done = true;
      } catch (e) {
        await handle.close().catch(() => undefined);
        await rm(temp, { force: true });
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
