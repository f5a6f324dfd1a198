/**
 * Is the command-line bundle (out/cli/main.js) there, and built from the sources as they are now?
 * Read by bin/pressdeck.mjs before every run (a few dozen stat calls) and by the unit tests'
 * setup, which rebuild it only when it is not. Plain JavaScript: it runs before anything can
 * compile TypeScript.
 *
 *   bundleState(root) → { ok: true } | { ok: false, reason: 'out/cli/main.js is missing' | 'cli/main.ts changed since' }
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLE = 'out/cli/main.js';

/** @param {string} root the project folder @returns {{ ok: true } | { ok: false, reason: string }} */
export function bundleState(root) {
  let built;
  try {
    built = statSync(join(root, BUNDLE)).mtimeMs;
  } catch {
    return { ok: false, reason: `${BUNDLE} is missing` };
  }
  let inputs = [];
  try {
    inputs = JSON.parse(readFileSync(join(root, 'out/cli/inputs.json'), 'utf8'));
  } catch {
    return { ok: false, reason: 'out/cli/inputs.json is missing' };
  }
  for (const file of inputs) {
    let changed;
    try {
      changed = statSync(join(root, file)).mtimeMs;
    } catch {
      // Sources are not shipped everywhere the bundle is: a missing one is not a newer one.
      continue;
    }
    if (changed > built) return { ok: false, reason: `${file} changed since it was built` };
  }
  return { ok: true };
}
