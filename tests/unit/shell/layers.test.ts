/**
 * Arrows point into the core: the shell (electron/) and the CLI (cli/) use src/, never each other,
 * and nothing in src/ reaches into either. Read from the import statements of every source file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** file → top-level folders of the project files it imports. */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => relative(resolve('.'), resolve(dirname(file), s)).split(/[\\/]/)[0]!);
}

const rule: Record<string, string[]> = { src: ['electron', 'cli'], cli: ['electron'], electron: ['cli'] };

describe('layers', () => {
  for (const [from, forbidden] of Object.entries(rule)) {
    it(`${from}/ imports nothing from ${forbidden.map((f) => `${f}/`).join(' or ')}`, () => {
      const wrong = sources(from).flatMap((file) => importedFolders(file).filter((f) => forbidden.includes(f)).map((f) => `${file} → ${f}/`));
      expect(wrong).toEqual([]);
    });
  }
});
