import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RELEASE_FILE } from './defaults';
import { parseRelease } from './parse';
import { formatProblem } from './problems';

const minimal = (extra = '') => `format: pressdeck/release@1
title: T
released: 2020-01-02
issuer:
  name: Ministry
lead: L
organizations:
  - id: a
    name: A
    summary: S
${extra}`;

function problems(source: string): string[] {
  const r = parseRelease(source, 'x.release.yaml');
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('parseRelease', () => {
  it('accepts the shipped METI release', () => {
    const r = parseRelease(readFileSync(`slides/${DEFAULT_RELEASE_FILE}`, 'utf8'), DEFAULT_RELEASE_FILE);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.release.organizations.map((o) => o.id)).toEqual(['itac', 'aioti']);
  });

  it('fills defaults: lang en, no sections, no events', () => {
    const r = parseRelease(minimal(), 'x');
    expect(r.ok && [r.release.lang, r.release.sections, r.release.events]).toEqual(['en', [], []]);
  });

  it('reports every problem at once with file, line, column and field path', () => {
    expect(problems(readFileSync('tests/fixtures/releases/invalid-types.release.yaml', 'utf8'))).toEqual([
      'x.release.yaml:3:11: released: is not a real date',
      'x.release.yaml:6:3: issuer.nmae: unknown field (did you mean "name"?)',
      'x.release.yaml:7:6: lead: expected text, got nothing',
      'x.release.yaml:12:23: organizations[0].members.count: expected a whole number, got "many"',
      'x.release.yaml:13:5: organizations[0].membrs: unknown field (did you mean "members"?)',
      'x.release.yaml:14:9: organizations[1].id: duplicate id "itac" (first used by organizations[0])',
      'x.release.yaml:17:20: organizations[1].workingGroups: expected { count: <number> } or { text: <words> }',
      'x.release.yaml:20:19: ceremony.parties[1]: no organization has the id "aioti"',
    ]);
  });

  it('names a missing required field at its parent', () => {
    expect(problems(minimal().replace('lead: L\n', ''))).toEqual(['x.release.yaml:1:1: lead: is required']);
  });

  it('lists the allowed fields when an unknown one is not a near miss', () => {
    expect(problems(minimal('colour: red'))).toEqual([
      expect.stringContaining('x.release.yaml:11:1: colour: unknown field (expected one of: format, lang, title, subtitle, released, issuer, lead, sections, events, ceremony, organizations, theme)'),
    ]);
  });

  it('refuses impossible dates and accepts partial ones', () => {
    expect(problems(minimal('events:\n  - { date: 2017-13, text: x }\n  - { date: 2015, text: y }\n  - { date: 2016-02-29, text: z }'))).toEqual([
      'x.release.yaml:12:13: events[0].date: is not a real date',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('format: pressdeck/release@1\ntitle: [unclosed\nlead: x\n')[0]).toMatch(/^x\.release\.yaml:\d+:\d+: YAML syntax: /);
  });

  it('refuses duplicate keys rather than keeping the last', () => {
    expect(problems(minimal('title: again'))[0]).toMatch(/YAML syntax: .*unique/i);
  });

  it('refuses alias bombs at the line and column of the alias that overflows', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    // a = 11 values; each *a in b copies 11 (110 in all), each *b in c copies 111: the 9th passes 1000.
    expect(problems(`${bomb.join('\n')}\n`)).toEqual([
      `x.release.yaml:3:${'c: &c ['.length + 8 * 3 + 1}: YAML aliases (*name) expand too far: this one brings the copies past 1000 values ("billion laughs"); write the values out instead`,
    ]);
  });

  it('lets a release reuse a value through an alias', () => {
    expect(problems(minimal().replace('summary: S', 'summary: &s Shared\n  - id: b\n    name: B\n    summary: *s'))).toEqual([]);
  });

  it('refuses a __proto__ key as an unknown field without touching any prototype', () => {
    expect(problems(minimal().replace('lead: L', 'lead: L\n__proto__: { polluted: true }'))).toEqual([
      expect.stringMatching(/^x\.release\.yaml:7:1: __proto__: unknown field \(expected one of: /),
    ]);
    expect(problems(minimal().replace('    summary: S', '    summary: S\n    __proto__: { polluted: true }'))[0]).toMatch(/organizations\[0\]\.__proto__: unknown field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says a mapping is expected when the file is a list or a scalar', () => {
    expect(problems('- a\n- b\n')).toEqual(['x.release.yaml: expected a release: a YAML mapping starting with "format: pressdeck/release@1"']);
  });

  it('accepts a release with no organizations, and a subtitle', () => {
    const r = parseRelease(minimal().replace(/organizations:[^]*$/, 'subtitle: One line under the title\n'), 'x');
    expect(r.ok && [r.release.organizations, r.release.subtitle]).toEqual([[], 'One line under the title']);
  });

  it('takes a section id of its own, unique among sections', () => {
    expect(problems(minimal('sections:\n  - { id: background, heading: A, points: [a] }\n  - { id: background, heading: B, points: [b] }\n  - { id: Bad Id, heading: C, points: [c] }'))).toEqual([
      'x.release.yaml:13:11: sections[1].id: duplicate id "background" (first used by sections[0])',
      'x.release.yaml:14:11: sections[2].id: expected an id of lowercase letters, digits and hyphens, got "Bad Id"',
    ]);
  });

  it('needs paragraphs or points in a section', () => {
    expect(problems(minimal('sections:\n  - heading: H'))).toEqual(['x.release.yaml:12:5: sections[0]: needs paragraphs or points']);
  });

  it('requires photoAlt when a ceremony photo is given', () => {
    expect(problems(minimal('ceremony:\n  date: 2020-01-01\n  parties: [a]\n  caption: C\n  photo: p.jpg'))).toEqual([
      expect.stringMatching(/ceremony\.photoAlt: photoAlt is required when photo is given$/),
    ]);
  });
});

describe('parseRelease on hostile strings', () => {
  it('refuses image paths that are URLs, absolute or lead upwards, in any build', () => {
    const photo = (p: string) => problems(minimal(`ceremony:\n  date: 2020-01-01\n  parties: [a]\n  caption: C\n  photo: ${JSON.stringify(p)}\n  photoAlt: A`));
    expect(photo('../../etc/passwd')).toEqual(['x.release.yaml:15:10: ceremony.photo: must stay beside or below the release file (no ".." segments)']);
    expect(photo('/etc/passwd')[0]).toMatch(/not an absolute path$/);
    expect(photo('C:\\x.png')[0]).toMatch(/not an absolute path$/);
    expect(photo('\\\\server\\share\\x.png')[0]).toMatch(/not an absolute path$/);
    expect(photo('https://example.org/x.png')[0]).toMatch(/not a URL \("https:" links are never loaded\)$/);
    expect(photo('javascript:alert(1)')[0]).toMatch(/not a URL/);
    expect(photo('images\\x.png')[0]).toMatch(/forward slashes/);
    expect(photo('%2e%2E/%2e%2e/etc/passwd')[0]).toMatch(/no "\.\." segments/);
    expect(photo('images/x..png')).toEqual([]);
  });

  it('treats text made only of invisible characters as empty', () => {
    expect(problems(minimal().replace('title: T', 'title: "\\u200B\\u2060\\uFEFF "'))).toEqual([
      'x.release.yaml:2:8: title: must not be empty (it holds only invisible characters)',
    ]);
  });

  it('refuses bidi overrides but keeps right-to-left text and its marks', () => {
    expect(problems(minimal().replace('lead: L', 'lead: "abc \\u202Etxt.exe"'))[0]).toMatch(/lead: contains the invisible bidi control U\+202E RIGHT-TO-LEFT OVERRIDE \(character 5\)/);
    expect(problems(minimal().replace('lead: L', 'lead: "שלום \\u200F(2017) مرحبا"'))).toEqual([]);
  });

  it('refuses YAML tags that other loaders turn into code', () => {
    expect(problems(minimal().replace('lead: L', 'lead: !!js/function "f() {}"'))).toEqual([
      'x.release.yaml:6:7: YAML tags are not allowed in a release (found !!js/function); write the plain value',
    ]);
  });

  it('refuses deep nesting with its place instead of overflowing the stack', () => {
    expect(problems(minimal().replace('lead: L', `lead: ${'['.repeat(100)}${']'.repeat(100)}`))).toEqual([
      'x.release.yaml:6:71: nested too deeply (more than 64 levels of [ ] or { }; a release needs at most 4)',
    ]);
    const block = `${minimal()}sections:\n${Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i + 1)}-`).join('\n')} x\n`;
    expect(problems(block)[0]).toMatch(/^x\.release\.yaml:\d+:\d+: sections(\[0\])+: nested too deeply \(more than 16 levels/);
  });

  it('reports one problem per field', () => {
    expect(problems(minimal().replace('released: 2020-01-02', 'released: 21/03/2017'))).toEqual([
      'x.release.yaml:3:11: released: expected a date as YYYY-MM-DD, got "21/03/2017"',
    ]);
  });
});

describe('parseRelease on text holding ": "', () => {
  const fix = (text: string, key?: string) =>
    `the ": " in "${text}" makes YAML read a key and a value; put the whole text in quotes (${key ? `${key}: ` : '- '}"${text}"), or write ${key ? `${key}: >-` : '- >-'} and the text indented on the next line`;

  it('explains a list item that YAML read as a mapping', () => {
    expect(problems(minimal('sections:\n  - heading: H\n    paragraphs:\n      - Small firms are a focus: the bodies will help.'))).toEqual([
      `x.release.yaml:14:9: sections[0].paragraphs[0]: expected text, got a mapping: ${fix('Small firms are a focus: the bodies will help.')}`,
    ]);
  });

  it('explains the syntax error of `key: text: more` and still reports the rest of the file', () => {
    const source = minimal('events:\n  - date: 2015-10\n    text: Milestone: ITAC inaugurated # from the release\n  - { date: 2015-13, text: Founded: AIOTI }')
      .replace('title: T', 'titel: T');
    expect(problems(source)).toEqual([
      'x.release.yaml:2:1: titel: unknown field (did you mean "title"?)',
      `x.release.yaml:13:11: events[0].text: ${fix('Milestone: ITAC inaugurated', 'text')}`,
      'x.release.yaml:14:13: events[1].date: is not a real date',
      `x.release.yaml:14:28: events[1].text: ${fix('Founded: AIOTI', 'text')}`,
    ]);
  });

  it('explains it once for a line with two ": ", and for top-level fields', () => {
    expect(problems(minimal().replace('lead: L', 'lead: Agreed: both: sides'))).toEqual([`x.release.yaml:6:7: lead: ${fix('Agreed: both: sides', 'lead')}`]);
  });

  it('leaves other syntax errors as they are', () => {
    expect(problems(minimal().replace('lead: L', 'lead: "open: quote'))[0]).toMatch(/YAML syntax: /);
  });
});

describe('parseRelease puts the cause first', () => {
  it('folds a missing field and dangling ids under a misspelled `organisations`', () => {
    const r = parseRelease(
      minimal('events:\n  - { date: 2015-10, text: F, organizations: [a] }\nceremony: { date: 2017-03-20, parties: [a], caption: C }').replace('organizations:\n  - id', 'organisations:\n  - id'),
      'x.release.yaml',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(formatProblem)).toEqual(['x.release.yaml:7:1: organisations: unknown field (did you mean "organizations"?)']);
    expect(r.problems[0]!.consequences!.map(formatProblem)).toEqual([
      'x.release.yaml:12:47: events[0].organizations[0]: no organization has the id "a"',
      'x.release.yaml:13:41: ceremony.parties[0]: no organization has the id "a"',
    ]);
  });

  it('folds "is required" under a misspelled field, and references under a misspelled id', () => {
    const r = parseRelease(minimal('events:\n  - { date: 2015-10, text: F, organizations: [a] }').replace('summary: S', 'sumary: S').replace('- id: a', '- idd: a'), 'x.release.yaml');
    expect(r.ok ? [] : r.problems.map((p) => [formatProblem(p), ...(p.consequences ?? []).map(formatProblem)])).toEqual([
      [
        'x.release.yaml:8:5: organizations[0].idd: unknown field (did you mean "id"?)',
        'x.release.yaml:8:5: organizations[0].id: is required',
        'x.release.yaml:12:47: events[0].organizations[0]: no organization has the id "a"',
      ],
      ['x.release.yaml:10:5: organizations[0].sumary: unknown field (did you mean "summary"?)', 'x.release.yaml:8:5: organizations[0].summary: is required'],
    ]);
  });
});
