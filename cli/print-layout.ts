/**
 * What `export` and `plan --font` need to lay a deck out as the PDF gets it: the built renderer
 * (out/renderer, or PRESSDECK_RENDERER_DIR) and a Chromium. Either missing is said in one line
 * that names the fix.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from '../src/node/chromium';
import { projectFile } from './paths';

export type PrintLayout = { ok: true; rendererDir: string; chromiumPath: string } | { ok: false; error: string };

export function printLayout(env: NodeJS.ProcessEnv = process.env): PrintLayout {
  const renderer = builtRenderer(env);
  if (!renderer.ok) return renderer;
  const chromium = chromiumFor(env);
  return chromium.ok ? { ok: true, rendererDir: renderer.rendererDir, chromiumPath: chromium.chromiumPath } : chromium;
}

/** The built renderer's folder, or the one line that says how to build it. */
export function builtRenderer(env: NodeJS.ProcessEnv = process.env): { ok: true; rendererDir: string } | { ok: false; error: string } {
  const rendererDir = resolve(env.PRESSDECK_RENDERER_DIR ?? projectFile('out', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    return { ok: false, error: `the built renderer is missing (${join(rendererDir, 'index.html')}): run \`npm run build\` first` };
  }
  return { ok: true, rendererDir };
}

/** A Chromium to lay out and print with, or the one line that says where to get one. */
export function chromiumFor(env: NodeJS.ProcessEnv = process.env): { ok: true; chromiumPath: string } | { ok: false; error: string } {
  const chromiumPath = findChromium(env);
  if (!chromiumPath) {
    return {
      ok: false,
      error: env.PRESSDECK_CHROMIUM
        ? `no Chromium at PRESSDECK_CHROMIUM=${env.PRESSDECK_CHROMIUM}; point it at a Chromium or Chrome binary`
        : 'no Chromium found: install one (Debian/Ubuntu: apt-get install -y chromium) or set PRESSDECK_CHROMIUM to a Chromium or Chrome binary',
    };
  }
  return { ok: true, chromiumPath };
}
