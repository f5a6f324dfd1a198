/**
 * Theme text → a validated theme whose every text/background pair is readable, or every problem
 * with file, line, column and field. The YAML reader is the release's (src/release/parse.ts), so a
 * theme gets the same places, "did you mean" and guards against hostile YAML; the contrast check
 * (src/theme/palette.ts) runs on what the schema accepted, in standard and high-contrast mode, and
 * points each failing pair at the colour to change with the nearest one that passes. Pure.
 */
import { locateIssues, parseYamlFile, type FieldIssue, type YamlFormat, type YamlResult } from '../release/parse';
import { contrastFailures, describeFailure, highContrastPalette, standardPalette, type ContrastFailure } from './palette';
import { themeSchema, type Theme } from './schema';

export const THEME_FORMAT: YamlFormat<Theme> = {
  schema: themeSchema,
  noun: 'theme',
  expected: 'expected a theme: a YAML mapping starting with "format: pressdeck/theme@1"',
  depth: 2,
};

export function parseTheme(source: string, file: string): YamlResult<Theme> {
  const parsed = parseYamlFile(THEME_FORMAT, source, file);
  if (!parsed.ok) return parsed;
  const issues = contrastIssues(parsed.value);
  return issues.length === 0 ? parsed : { ok: false, problems: locateIssues(source, file, issues) };
}

/** Every contrast failure of a theme, standard and high contrast, as issues on the colour to change. */
export function contrastIssues(theme: Theme): FieldIssue[] {
  const failures = [...contrastFailures(standardPalette(theme), 'standard'), ...contrastFailures(highContrastPalette(theme), 'high')];
  return failures.map((f) => ({ path: fieldOf(theme, f), message: describeFailure(f) }));
}

/** Where the colour to change is written; its parent (where to add it) when it is worked out. */
function fieldOf(theme: Theme, f: ContrastFailure): (string | number)[] {
  if (f.mode === 'high') return theme.highContrast?.[f.pair.adjust] !== undefined ? ['highContrast', f.pair.adjust] : [theme.highContrast ? 'highContrast' : 'colors'];
  return theme.colors[f.pair.adjust] !== undefined ? ['colors', f.pair.adjust] : ['colors'];
}
