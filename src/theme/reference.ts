/**
 * How a theme is named, the same way everywhere (a release's `theme:`, pressdeck.config.json's
 * `theme`, `--theme`, the browser build's `?theme=`): a built-in name (`night`) or a path to a
 * `*.theme.yaml` file. From a release, the path is relative to the release file and must stay beside
 * or below it, like its images; from the command line or a config file it is the operator's path.
 *
 *   themeReference('night') → { kind: 'builtin', name: 'night' }
 *   themeReference('brand/acme.theme.yaml') → { kind: 'file', path: 'brand/acme.theme.yaml' }
 *   themeReference('nigth') → { kind: 'invalid', message: 'unknown theme "nigth" (did you mean "night"?) …' }
 */
import { editDistance } from '../release/edit-distance';
import { BUILTIN_THEME_NAMES, isBuiltinTheme, type BuiltinThemeName } from './builtin';

export type ThemeReference = { kind: 'builtin'; name: BuiltinThemeName } | { kind: 'file'; path: string } | { kind: 'invalid'; message: string };

export const THEME_FILE_SUFFIX = '.theme.yaml';

export function themeReference(value: string): ThemeReference {
  const v = value.trim();
  if (isBuiltinTheme(v)) return { kind: 'builtin', name: v };
  if (v.toLowerCase().endsWith(THEME_FILE_SUFFIX) || v.toLowerCase().endsWith('.theme.yml')) return { kind: 'file', path: v };
  const near = BUILTIN_THEME_NAMES.find((n) => closeTo(n, v.toLowerCase()));
  const hint = near ? ` (did you mean "${near}"?)` : '';
  return { kind: 'invalid', message: `unknown theme "${v.slice(0, 60)}"${hint}: name a built-in theme (${BUILTIN_THEME_NAMES.join(', ')}) or a *${THEME_FILE_SUFFIX} file` };
}

/** One or two edits apart: "nigth", "fiar", "ministy". */
function closeTo(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 2 && editDistance(a, b) <= 2;
}
