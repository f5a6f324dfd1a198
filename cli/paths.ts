/**
 * Where the project's own files are, wherever this code runs from: the sources in cli/ (through
 * tsx), or the bundle in out/cli/ that `npm run build` makes. Both sit below the folder holding
 * package.json, at different depths, so the folder is found, not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function projectRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}: run pressdeck from its project folder`);
    dir = up;
  }
  root = dir;
  return dir;
}

export function projectFile(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}

export function pressdeckVersion(): string {
  return (JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { version: string }).version;
}
