/**
 * A theme reference → the theme the renderer paints with, through whatever reads files: Node in the
 * main process and the CLI (src/node/read-theme.ts: size, UTF-8, the image rules of release images,
 * no path out of the theme's folder), fetch in the browser build (src/app/source.ts). One path, so
 * both give the same state and the same messages.
 */
import type { ReleaseProblem } from '../release/problems';
import { locateIssues } from '../release/parse';
import { BUILTIN_THEMES, type BuiltinThemeName } from './builtin';
import { parseTheme } from './parse';
import type { Theme } from './schema';

/** What the renderer is handed: the validated theme and the bytes of its logo and font. */
export interface ThemeState {
  /** The built-in name, or the theme file's name (for messages). */
  name: string;
  theme: Theme;
  logo?: { type: 'image/svg+xml' | 'image/png'; bytes: Uint8Array };
  font?: { bytes: Uint8Array };
}

export type ThemeResult = { ok: true; theme: ThemeState } | { ok: false; file: string; problems: ReleaseProblem[] };

export interface ThemeFiles {
  /** The display name of the theme file, for problems. */
  file: string;
  /** The theme file's text; throws an Error whose message says why not ("no such file"). */
  text(): Promise<string>;
  /** A file the theme names, relative to it, checked as `kind` asks; a problem message when it is not usable. */
  asset(path: string, kind: 'logo' | 'font'): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }>;
}

export function builtinTheme(name: BuiltinThemeName): ThemeState {
  return { name, theme: BUILTIN_THEMES[name] as Theme };
}

export async function loadThemeFile(files: ThemeFiles): Promise<ThemeResult> {
  const fail = (message: string): ThemeResult => ({ ok: false, file: files.file, problems: [{ file: files.file, line: 0, column: 0, field: '', message }] });
  let source: string;
  try {
    source = await files.text();
  } catch (e) {
    return fail((e as Error).message);
  }
  const parsed = parseTheme(source, files.file);
  if (!parsed.ok) return { ok: false, file: files.file, problems: parsed.problems };
  const theme = parsed.value;
  const state: ThemeState = { name: theme.name, theme };
  const issues: { path: string[]; message: string }[] = [];
  if (theme.logo !== undefined) {
    const logo = await files.asset(theme.logo, 'logo');
    if (logo.ok) state.logo = { type: theme.logo.toLowerCase().endsWith('.svg') ? 'image/svg+xml' : 'image/png', bytes: logo.bytes };
    else issues.push({ path: ['logo'], message: logo.message });
  }
  if (theme.font !== undefined) {
    const font = await files.asset(theme.font, 'font');
    const problem = font.ok ? fontProblem(font.bytes) : font.message;
    if (problem) issues.push({ path: ['font'], message: problem });
    else if (font.ok) state.font = { bytes: font.bytes };
  }
  return issues.length === 0 ? { ok: true, theme: state } : { ok: false, file: files.file, problems: locateIssues(source, files.file, issues) };
}

export const MAX_FONT_BYTES = 10 * 1024 * 1024;

/** Undefined when `bytes` start like a WOFF2, WOFF, TrueType or OpenType font; else why not. */
export function fontProblem(bytes: Uint8Array): string | undefined {
  if (bytes.byteLength > MAX_FONT_BYTES) return `font is too large (${(bytes.byteLength / 1048576).toFixed(1)} MB; at most ${MAX_FONT_BYTES / 1048576} MB)`;
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  const sfnt = bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0;
  if (sfnt || ['wOF2', 'wOFF', 'OTTO', 'true'].includes(tag)) return undefined;
  return 'is not a WOFF2, WOFF, TrueType or OpenType font (its content says otherwise, whatever its name)';
}
