/** The real `pressdeck` binary, as a person runs it: exit codes and the exact lines it prints. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../src/options/args';
import { commands } from './commands/index';
import { GLOBAL_OPTIONS } from './help';

const METI = 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml';

/** The environment of a shell, without what npm adds when the tests themselves run under `npm test`. */
function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, ...extra };
}
const pressdeck = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/pressdeck.mjs', ...args], { encoding: 'utf8', env: shellEnv(env) });

describe('pressdeck validate', () => {
  it('exits 0 for the shipped release', () => {
    const r = pressdeck(['validate', METI]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${METI}: valid (2 organizations, 2 sections)\n`);
  });

  it('exits 1 and prints every problem as file:line:column: field: message', () => {
    const file = 'tests/fixtures/releases/invalid-types.release.yaml';
    const r = pressdeck(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').slice(0, 3)).toEqual([
      `${file}:3:11: released: is not a real date`,
      `${file}:6:3: issuer.nmae: unknown field (did you mean "name"?)`,
      `${file}:7:6: lead: expected text, got nothing`,
    ]);
    expect(r.stderr).toContain(`${file}: 8 problems`);
  });

  it('names a missing file plainly', () => {
    const r = pressdeck(['validate', 'slides/nope.release.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('slides/nope.release.yaml: no such file');
  });
}, 30_000);

describe('pressdeck plan', () => {
  it('lists the METI deck with both profiles and the ceremony, and says the count is of planned slides', () => {
    const r = pressdeck(['plan', METI]);
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\s*\d+\s+[a-z]+\s+[a-z0-9~-]+\s+\d+s/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[1])).toEqual([
      'title', 'lead', 'section', 'section', 'timeline', 'ceremony', 'organization', 'organization', 'comparison', 'closing',
    ]);
    expect(r.stdout).toMatch(/\n10 planned slides; kiosk loop \d+:\d\d \(\d+s\)\n/);
    expect(r.stdout).toContain('Pages shown can be more: text that does not fit runs onto continuation pages');
  });

  it('prints the full plan as JSON with --json', () => {
    const r = pressdeck(['plan', METI, '--json']);
    const plan = JSON.parse(r.stdout) as { slides: { id: string }[]; loopSeconds: number; plannedSlides: number };
    expect(plan.slides.map((s) => s.id)).toContain('org-aioti');
    expect(plan.plannedSlides).toBe(plan.slides.length);
  });

  it('says when it cannot count pages, and shows the planned count', () => {
    const r = pressdeck(['plan', METI, '--font', 'xlarge'], { PRESSDECK_RENDERER_DIR: join(tmpdir(), 'no-renderer-here') });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^pressdeck plan: pages not counted: the built renderer is missing \(.*\): run `npm run build` first; the count below is of planned slides\n$/);
    expect(r.stdout).toContain('10 planned slides; kiosk loop');
  });

  it('export names a bad release’s problems before a missing build, and the build after a good one', () => {
    const noBuild = { PRESSDECK_RENDERER_DIR: join(tmpdir(), 'no-renderer-here') };
    const out = join(mkdtempSync(join(tmpdir(), 'pressdeck-order-')), 'x.pdf');
    const bad = pressdeck(['export', 'tests/fixtures/releases/invalid-types.release.yaml', '--out', out], noBuild);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('invalid-types.release.yaml:3:11: released: is not a real date');
    expect(bad.stderr).not.toContain('built renderer');
    const good = pressdeck(['export', METI, '--out', out], noBuild);
    expect(good.status).toBe(1);
    expect(good.stderr).toMatch(/pressdeck export: the built renderer is missing \(.*no-renderer-here\/index\.html\): run `npm run build` first\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('names how many release files it was given when it takes one', () => {
    const r = pressdeck(['plan', METI, 'extra.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`pressdeck plan: expected one release file, got 2: ${METI} extra.yaml\nSee \`pressdeck plan --help\` for the options and an example.\n`);
  });

  it('rejects unknown options with exit 2', () => {
    const r = pressdeck(['plan', METI, '--yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('pressdeck plan: unknown option --yaml\nSee `pressdeck plan --help` for the options and an example.\n');
  });

  it('ends quietly with exit 0 when the reader closes the pipe (| head)', async () => {
    const child = spawn(process.execPath, ['bin/pressdeck.mjs', 'plan', METI, '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: shellEnv() });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
}, 30_000);

describe('help and version', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

  it('--version prints the package version', () => {
    const r = pressdeck(['--version']);
    expect([r.status, r.stdout]).toEqual([0, `pressdeck ${pkg.version}\n`]);
  });

  it('every command has --help with each of its options and an example, exit 0', () => {
    for (const [name, command] of Object.entries(commands)) {
      const r = pressdeck([name, '--help']);
      expect(r.status, name).toBe(0);
      expect(r.stdout.startsWith(`Usage: pressdeck ${name} `), name).toBe(true);
      for (const [option, spec] of Object.entries(command.options)) {
        if (!spec.hidden) expect(r.stdout, `${name} --${option}`).toMatch(new RegExp(`^  (-\\w, )?--${option}\\b`, 'm'));
      }
      expect(r.stdout, name).toMatch(new RegExp(`^Examples?:\\n  pressdeck ${name} \\S`, 'm'));
    }
  });

  it('the examples in the help are commands the parser takes', () => {
    for (const [name, command] of Object.entries(commands)) {
      for (const example of command.examples) {
        const parsed = parseOptions(example.split(' '), { ...command.options, ...GLOBAL_OPTIONS });
        expect(parsed.ok ? 'ok' : parsed.error, `${name} ${example}`).toBe('ok');
      }
    }
  });

  it('the npm scripts the help names run those commands', () => {
    const help = pressdeck(['--help']).stdout.replace(/\s+/g, ' ');
    const named = /\. ([a-z, ]+) are npm scripts too/.exec(help)?.[1]?.split(/, | and /) ?? [];
    expect(named).toEqual(['validate', 'plan', 'import', 'export']);
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of named) expect(scripts[name], name).toBe(`node bin/pressdeck.mjs ${name}`);
  });

  it('lists the commands with --help; an unknown command gets a hint and exit 2', () => {
    const help = pressdeck(['--help']);
    expect(help.status).toBe(0);
    for (const name of Object.keys(commands)) expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    const typo = pressdeck(['valdate', METI]);
    expect(typo.status).toBe(2);
    expect(typo.stderr.split('\n')[0]).toBe('pressdeck: unknown command "valdate" (did you mean "validate"?)');
  });
}, 60_000);

describe('errors', () => {
  it('a file that cannot be written is one line, its stack only with --debug', () => {
    const target = join(tmpdir(), 'pressdeck-no-such-folder', 'deeper', 's.json');
    const r = pressdeck(['schema', '--out', target]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`pressdeck schema: cannot write ${target}: the folder does not exist\n`);
    const debug = pressdeck(['schema', '--out', target, '--debug']);
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^pressdeck schema: TargetError: cannot write .*\n\s+at .*atomic-write\.ts:\d+/);
    expect(existsSync(target)).toBe(false);
  });

  it('kiosk --dry-run checks the release and the kiosk settings before printing anything', () => {
    const missing = pressdeck(['kiosk', 'nothere.release.yaml', '--dry-run']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('nothere.release.yaml: no such file\npressdeck kiosk: nothere.release.yaml is not a valid release (1 problem); nothing was started\n');
    expect(missing.stdout).toBe('');
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-booth-'));
    writeFileSync(join(dir, 'booth.json'), '{ "idleResume": "soon" }');
    const config = pressdeck(['kiosk', METI, '--config', join(dir, 'booth.json'), '--dry-run']);
    expect(config.status).toBe(1);
    expect(config.stderr).toContain('the kiosk settings are not valid; nothing was started');
    expect(config.stdout).toBe('');
  });
}, 30_000);

describe('pressdeck export, before any rendering', () => {
  it('refuses an --out whose extension is not the format’s, and an existing folder without --format, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-out-'));
    const txt = pressdeck(['export', '--release', METI, '--out', join(dir, 'deck.txt')]);
    expect(txt.status).toBe(2);
    expect(txt.stderr.split('\n')[0]).toBe(`pressdeck export: --out ${join(dir, 'deck.txt')}: .txt is not an export format; name a .pdf, .png, .mp4, .zip file or a new folder (formats: pdf, png, mp4, html)`);
    const folder = pressdeck(['export', '--release', METI, '--out', dir]);
    expect(folder.status).toBe(2);
    expect(folder.stderr.split('\n')[0]).toBe(`pressdeck export: --out ${dir} is a folder: name a file such as deck.pdf, or give --format png or html to write into it`);
    expect(readdirSync(dir)).toEqual([]);
    const mismatch = pressdeck(['export', '--release', METI, '--out', join(dir, 'deck.txt'), '--format', 'pdf']);
    expect(mismatch.stderr.split('\n')[0]).toBe(`pressdeck export: --out ${join(dir, 'deck.txt')}: a pdf export is written to a .pdf file, not a .txt file`);
    expect(existsSync(join(dir, 'deck.txt'))).toBe(false);
  });
}, 30_000);

describe('options npm kept for itself', () => {
  it('`npm run plan x --json` (no --) says what to write instead, exit 2', () => {
    // The real npm: it keeps --json as its own setting and leaves npm_config_json=true.
    const r = spawnSync('npm', ['run', '--silent', 'plan', METI, '--json'], { encoding: 'utf8', env: shellEnv() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`pressdeck plan: npm kept --json for itself: after \`npm run plan\`, options need \`--\` before them. Write:\n  npm run plan -- ${METI} --json\n`);
  });

  it('`npm run export --release x --out y` names both and the values npm passed on', () => {
    const r = pressdeck(['export', 'x.release.yaml', 'x.pdf'], {
      npm_command: 'run',
      npm_lifecycle_event: 'export',
      npm_lifecycle_script: 'node bin/pressdeck.mjs export',
      npm_config_release: 'true',
      npm_config_out: 'true',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'pressdeck export: npm kept --release and --out for itself: after `npm run export`, options need `--` before them. Write:\n' +
        '  npm run export -- --release <file.release.yaml> --out <file.pdf>\n' +
        '  (npm passed on only: x.release.yaml x.pdf)\n',
    );
  });
}, 60_000);
