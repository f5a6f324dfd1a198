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
      expect.stringContaining('x.release.yaml:11:1: colour: unknown field (expected one of: format, lang, title, released, issuer, lead, sections, events, ceremony, organizations)'),
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

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const r = parseRelease(`${bomb.join('\n')}\n`, 'bomb.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/alias|YAML/i);
  });

  it('says a mapping is expected when the file is a list or a scalar', () => {
    expect(problems('- a\n- b\n')).toEqual(['x.release.yaml: expected a release: a YAML mapping starting with "format: pressdeck/release@1"']);
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
