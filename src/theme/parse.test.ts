import { describe, expect, it } from 'vitest';
import { formatProblem } from '../release/problems';
import { BUILTIN_THEMES, BUILTIN_THEME_NAMES } from './builtin';
import { contrastFailures, highContrastPalette, MIN_RATIO, PAIRS, standardPalette } from './palette';
import { parseTheme } from './parse';
import { themeReference } from './reference';
import { themeSchema } from './schema';
import { contrastRatio } from './contrast';

const theme = (colours: Record<string, string>, extra = '') =>
  ['format: pressdeck/theme@1', 'name: Acme', 'colors:', ...Object.entries({ background: '#ffffff', text: '#111111', muted: '#4a4a4a', accent: '#1f3a68', highlight: '#b3540f', ...colours }).map(([k, v]) => `  ${k}: "${v}"`), extra].join('\n');

describe('theme files', () => {
  it('reads a valid theme', () => {
    const r = parseTheme(theme({}), 'acme.theme.yaml');
    expect(r.ok).toBe(true);
  });

  it('refuses an unreadable pair, naming the pair, its ratio, its place and the nearest passing colour', () => {
    const r = parseTheme(theme({ muted: '#aaaaaa' }), 'acme.theme.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = formatProblem(r.problems[0]!);
    expect(line).toMatch(/^acme\.theme\.yaml:6:10: colors\.muted: muted text on the background is 2\.32:1 \(#aaaaaa on #ffffff\); body text needs at least 4\.5:1/);
    const suggestion = /passes: "(#[0-9a-f]{6})"/.exec(line)![1]!;
    expect(contrastRatio(suggestion, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(suggestion, '#ffffff')).toBeLessThan(4.8);
  });

  it('holds high-contrast mode to 7:1 whatever the theme gives it', () => {
    const r = parseTheme(theme({}, 'highContrast:\n  accent: "#5a6e8c"'), 'acme.theme.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(formatProblem)).toEqual([expect.stringMatching(/:10:11: highContrast\.accent: accent text \(kickers, figures\) on the background is 5\.\d\d:1 .* text in high-contrast mode needs at least 7:1 \(WCAG 2\.2\) \(so do a pressed control’s label \(surface on accent\)\)\. The nearest accent colour that passes: "#[0-9a-f]{6}"$/)]);
  });

  it('checks the pressed-control pair on the accent and marks at 3:1', () => {
    const failures = contrastFailures(standardPalette({ colors: { background: '#ffffff', text: '#111111', muted: '#4a4a4a', accent: '#1f3a68', highlight: '#b3540f', tint: '#2a4a80' } }), 'standard');
    expect(failures.map((f) => [f.pair.fg, f.pair.bg, f.min])).toEqual([['accent', 'tint', 3]]);
  });

  it('validates colours strictly: a theme cannot carry CSS', () => {
    for (const bad of ['red', '#fff', '#12345g', '#123456; background: url(x)', 'var(--x)', '#1234567']) {
      const r = parseTheme(theme({ accent: bad }), 'acme.theme.yaml');
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.problems[0]!.field).toBe('colors.accent');
    }
  });

  it('says why an unquoted colour reads as nothing', () => {
    const r = parseTheme('format: pressdeck/theme@1\nname: A\ncolors:\n  background: #ffffff\n', 'a.theme.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(formatProblem).join('\n')).toMatch(/colors\.background: expected a colour such as "#1f3a68", in quotes \(unquoted, YAML reads # as the start of a comment\)/);
  });

  it('suggests the field a typo meant, with its line and column', () => {
    const r = parseTheme(theme({}, 'logoo: acme.svg'), 'acme.theme.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0]!)).toBe('acme.theme.yaml:9:1: logoo: unknown field (did you mean "logo"?)');
  });

  it('keeps logos and fonts beside the theme: no URLs, absolute paths or ".."', () => {
    const cases: [string, RegExp][] = [
      ['logo: ../brand/logo.svg', /must stay beside or below the theme file/],
      ['logo: /etc/logo.png', /not an absolute path/],
      ['logo: https://example.com/logo.svg', /not a URL/],
      ['logo: logo.gif', /a logo must be a \.svg, \.png file/],
      ['font: ../../x.woff2', /must stay beside or below the theme file/],
      ['font: brand.exe', /a font must be a \.woff2, \.woff, \.ttf, \.otf file/],
    ];
    for (const [line, message] of cases) {
      const r = parseTheme(theme({}, line), 't.theme.yaml');
      expect(r.ok, line).toBe(false);
      if (!r.ok) expect(r.problems[0]!.message).toMatch(message);
    }
  });

  it('refuses a release-sized YAML bomb as the release parser does', () => {
    const bomb = `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
    const r = parseTheme(bomb, 'x.theme.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/billion laughs/);
  });
});

describe('built-in themes', () => {
  it.each(BUILTIN_THEME_NAMES)('%s is a valid theme whose every pair passes in both modes', (name) => {
    const t = themeSchema.parse(BUILTIN_THEMES[name]);
    for (const mode of ['standard', 'high'] as const) {
      const palette = mode === 'standard' ? standardPalette(t) : highContrastPalette(t);
      for (const pair of PAIRS) expect(contrastRatio(palette[pair.fg], palette[pair.bg]), `${name} ${mode} ${pair.what}`).toBeGreaterThanOrEqual(MIN_RATIO[mode][pair.kind]);
    }
  });
  it('derives a 7:1 high-contrast palette for a theme that gives none, keeping its hues', () => {
    const hc = highContrastPalette(BUILTIN_THEMES.night);
    expect(hc.background).toBe('#000000');
    expect(hc.text).toBe('#ffffff');
    expect(contrastFailures(hc, 'high')).toEqual([]);
  });
});

describe('theme references', () => {
  it('names a built-in or a file, and suggests the built-in a typo meant', () => {
    expect(themeReference('night')).toEqual({ kind: 'builtin', name: 'night' });
    expect(themeReference('brand/acme.theme.yaml')).toEqual({ kind: 'file', path: 'brand/acme.theme.yaml' });
    expect(themeReference('nigth')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/unknown theme "nigth" \(did you mean "night"\?\)/) });
    expect(themeReference('toString')).toMatchObject({ kind: 'invalid' });
  });
});
