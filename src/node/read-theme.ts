/**
 * Which theme a deck wears and reading it from disk. Node-only: the main process and the CLI.
 *
 * Chosen in this order: `--theme`, then `theme` in pressdeck.config.json (--config, or the one
 * beside the release), then the release's own `theme:`, else the built-in `ministry`. The operator's
 * choices come first, as kiosk flags override the config file: a booth wears its own brand
 * whatever release it shows. A path is relative to where it was written: the working folder for
 * --theme, the config file's folder, the release's folder.
 *
 * The theme file is read like a release (size, UTF-8, the YAML guards); its logo and font must lie
 * beside or below it, symlinks included, and the logo passes the release images' checks
 * (src/node/assets.ts: real image bytes, size, inert SVG).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseKioskConfig } from '../kiosk/settings-schema';
import type { Release } from '../release/schema';
import { builtinTheme, loadThemeFile, MAX_FONT_BYTES, type ThemeResult } from '../theme/load';
import { themeReference } from '../theme/reference';
import { checkImage } from './assets';
import { CONFIG_FILE } from './kiosk-settings';
import { readTextFile } from './read-release';
import { realFileInside, resolveInside } from './serving';

/** Where a theme was named: its value and the folder a path in it is relative to. */
export interface ThemeChoice {
  value: string;
  base: string;
  /** For messages: "--theme", "pressdeck.config.json", the release file's name. */
  from: string;
}

/** The theme `theme` option, the config file and the release name, first one wins; undefined: the default. */
export async function chooseTheme(options: { theme?: string; config?: string; releasePath: string; release: Pick<Release, 'theme'> }): Promise<ThemeChoice | undefined> {
  if (options.theme !== undefined) return { value: options.theme, base: process.cwd(), from: '--theme' };
  const configPath = resolve(options.config ?? join(dirname(options.releasePath), CONFIG_FILE));
  try {
    const parsed = parseKioskConfig(await readFile(configPath, 'utf8'));
    // An invalid config is reported where it is used as a whole (the kiosk refuses to start with it).
    if (parsed.ok && parsed.config.theme !== undefined) return { value: parsed.config.theme, base: dirname(configPath), from: basename(configPath) };
  } catch {
    // No config file: nothing chosen there.
  }
  if (options.release.theme !== undefined) return { value: options.release.theme, base: dirname(resolve(options.releasePath)), from: basename(options.releasePath) };
  return undefined;
}

/** The theme a choice names, read and checked; undefined choice: no theme (the built-in default). */
export async function readTheme(choice: ThemeChoice | undefined): Promise<ThemeResult & { path?: string }> {
  if (!choice) return { ok: true, theme: builtinTheme('ministry') };
  const ref = themeReference(choice.value);
  if (ref.kind === 'invalid') return { ok: false, file: choice.from, problems: [{ file: choice.from, line: 0, column: 0, field: 'theme', message: ref.message }] };
  if (ref.kind === 'builtin') return { ok: true, theme: builtinTheme(ref.name) };
  const path = resolve(choice.base, ref.path);
  const folder = dirname(path);
  const file = basename(path);
  const result = await loadThemeFile({
    file,
    async text() {
      const read = await readTextFile(path, 'theme');
      if (!read.ok) throw new Error(read.message);
      return read.source;
    },
    async asset(value, kind) {
      if (kind === 'logo') {
        const problem = await checkImage(folder, value, 'theme');
        if (problem) return { ok: false, message: problem };
      }
      const candidate = resolveInside(folder, value.split('/').map(encodeURIComponent).join('/'));
      const served = candidate ? await realFileInside(folder, candidate) : undefined;
      if (!served?.ok) return { ok: false, message: served?.reason === 'no such file' ? `no such file beside the theme: ${value}` : 'must stay beside or below the theme file (links included)' };
      const bytes = new Uint8Array(await readFile(served.file));
      if (kind === 'font' && bytes.byteLength > MAX_FONT_BYTES) return { ok: false, message: `font is too large (at most ${MAX_FONT_BYTES / 1048576} MB)` };
      if (kind === 'logo' && value.toLowerCase().endsWith('.png') !== isPng(bytes)) return { ok: false, message: `is not ${value.toLowerCase().endsWith('.png') ? 'a PNG' : 'an SVG'} image (its content says otherwise, whatever its name)` };
      return { ok: true, bytes };
    },
  });
  return { ...result, path };
}

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}
