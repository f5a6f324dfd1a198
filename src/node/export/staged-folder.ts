/**
 * Exports of several files (PNG pages, the HTML player) appear whole or not at all, as single files
 * do (src/node/atomic-write.ts): they are written into a hidden staging folder beside the target and
 * moved into place at the end; any failure removes the staging folder.
 *
 * - A folder target: the staging folder is renamed to it. An existing folder is replaced only when
 *   it is empty or was written by an earlier export (it holds MARKER); anything else is left alone.
 * - Files in a folder (`deck.png` → deck-01.png, deck-02.png…): each file is renamed into place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TargetError } from '../atomic-write';

export const MARKER = '.pressdeck-export';

export interface StagedFolder {
  /** Where to write the files meanwhile. */
  dir: string;
  /** Moves the files into place. */
  commit(): Promise<void>;
  discard(): Promise<void>;
}

async function stage(parent: string, name: string): Promise<string> {
  const dir = join(parent, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
  try {
    await mkdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new TargetError(`cannot write in ${parent}: ${code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message}`);
  }
  return dir;
}

/** The staged content replaces the folder `target`. */
export async function stageFolder(target: string): Promise<StagedFolder> {
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new TargetError(`${target} exists and is not a folder; nothing was written`);
  if (existing) {
    const entries = await readdir(target);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new TargetError(`${target} is a folder with other files in it, so it was left as it is and nothing was written; choose a new or empty folder`);
    }
  }
  const dir = await stage(dirname(target), basename(target));
  let done = false;
  return {
    dir,
    async commit() {
      await writeFile(join(dir, MARKER), 'Written by pressdeck export; the next export to this folder replaces it.\n');
      const old = existing ? `${dir}.old` : undefined;
      try {
        if (old) await rename(target, old);
        await rename(dir, target);
      } catch (e) {
        if (old) await rename(old, target).catch(() => undefined);
        throw new TargetError(`cannot write ${target}: ${(e as Error).message}`);
      }
      done = true;
      if (old) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      if (!done) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The staged files are moved into `folder`, each replacing a file of the same name. */
export async function stageFiles(folder: string): Promise<StagedFolder> {
  const dir = await stage(folder, 'pressdeck-pages');
  let done = false;
  return {
    dir,
    async commit() {
      for (const name of (await readdir(dir)).sort()) {
        const to = join(folder, name);
        const there = await stat(to).catch(() => undefined);
        if (there && !there.isFile()) throw new TargetError(`${to} exists and is not a file; nothing more was written`);
        if (there && (there.mode & 0o222) === 0) throw new TargetError(`${to} is read-only, so it was left as it is`);
        await rename(join(dir, name), to);
      }
      done = true;
      await rm(dir, { recursive: true, force: true });
    },
    async discard() {
      if (!done) await rm(dir, { recursive: true, force: true });
    },
  };
}
