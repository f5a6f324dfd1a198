/** The real `pressdeck` binary, as a person runs it: exit codes and the exact lines it prints. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const pressdeck = (...args: string[]) => spawnSync(process.execPath, ['bin/pressdeck.mjs', ...args], { encoding: 'utf8' });
const METI = 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml';

describe('pressdeck validate', () => {
  it('exits 0 for the shipped release', () => {
    const r = pressdeck('validate', METI);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${METI}: valid (2 organizations, 2 sections)\n`);
  });

  it('exits 1 and prints every problem as file:line:column: field: message', () => {
    const file = 'tests/fixtures/releases/invalid-types.release.yaml';
    const r = pressdeck('validate', file);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      `${file}:3:11: released: is not a real date`,
      `${file}:6:3: issuer.nmae: unknown field (did you mean "name"?)`,
      `${file}:7:6: lead: expected text, got nothing`,
    ]);
    expect(r.stderr).toContain(`${file}: 8 problems`);
  });

  it('names a missing file plainly', () => {
    const r = pressdeck('validate', 'slides/nope.release.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('slides/nope.release.yaml: no such file');
  });
}, 30_000);

describe('pressdeck plan', () => {
  it('lists the METI deck with both profiles and the ceremony, and the loop length', () => {
    const r = pressdeck('plan', METI);
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\s*\d+\s+[a-z]+\s/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(rows.map((l) => l.trim().split(/\s+/)[1])).toEqual([
      'title', 'lead', 'section', 'section', 'timeline', 'ceremony', 'organization', 'organization', 'comparison', 'closing',
    ]);
    expect(r.stdout).toMatch(/10 slides; kiosk loop \d+:\d\d \(\d+s\)/);
  });

  it('prints the full plan as JSON with --json', () => {
    const r = pressdeck('plan', METI, '--json');
    const plan = JSON.parse(r.stdout) as { slides: { id: string }[]; loopSeconds: number };
    expect(plan.slides.map((s) => s.id)).toContain('org-aioti');
  });

  it('rejects unknown options with exit 2', () => {
    const r = pressdeck('plan', METI, '--yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --yaml');
  });
}, 30_000);
