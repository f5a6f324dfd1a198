import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { importRelease, type ImportResult } from '../../../src/import/index';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED = '/work/shared/seed/meti-2017-03-21-itac-aioti-mou.txt';

export function fixture(name: string): string {
  return readFileSync(`${root}tests/fixtures/import/${name}`, 'utf8');
}

/** Imports and fails the test with the importer's message when it refuses. */
export function imported(source: string, file: string): ImportResult {
  const result = importRelease(source, { file });
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Every string value in the YAML, whitespace-normalised: what a reader of the release can see. */
export function yamlText(yaml: string): string {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parse(yaml));
  return strings.join('\n').replace(/\s+/g, ' ');
}
