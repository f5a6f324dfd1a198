import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseAppOptions } from '../options/app-options';
import { launchApp, type LaunchRequest } from './launch-app';

const METI = resolve('slides/meti-2017-03-21-itac-aioti-mou.release.yaml');
const INVALID = resolve('tests/fixtures/releases/invalid-types.release.yaml');

/** An app folder: the project's slides and node_modules, and out/main/index.js when `built`. */
function appDir(built = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressdeck-launch-'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  symlinkSync(resolve('slides'), join(dir, 'slides'));
  writeFileSync(join(dir, 'package.json'), '{"main":"out/main/index.js"}');
  if (built) {
    mkdirSync(join(dir, 'out', 'main'), { recursive: true });
    writeFileSync(join(dir, 'out', 'main', 'index.js'), '');
  }
  return dir;
}

function run(appArgs: string[], overrides: Partial<LaunchRequest> = {}) {
  const parsed = parseAppOptions(appArgs);
  if (!parsed.ok) throw new Error(parsed.error);
  const err: string[] = [];
  const out: string[] = [];
  const child = Object.assign(new EventEmitter(), { kill: vi.fn() }) as unknown as ChildProcess;
  const spawn = vi.fn(() => {
    setTimeout(() => child.emit('exit', 3, null), 0);
    return child;
  });
  const ensureBinary = vi.fn(() => ({ ok: true as const, path: '/opt/electron/electron', fetched: false }));
  const request: LaunchRequest = { command: 'pressdeck test', appArgs, options: parsed.options, appDir: appDir(), err: (t) => err.push(t), out: (t) => out.push(t), spawn, ensureBinary, ...overrides };
  return { request, err, out, spawn, ensureBinary, done: launchApp(request) };
}

describe('launchApp', () => {
  it('runs Electron on the app folder with the app’s arguments, and exits as it does', async () => {
    const r = run(['--present', METI, '--screen', '2']);
    expect(await r.done).toBe(3);
    expect(r.spawn).toHaveBeenCalledWith('/opt/electron/electron', [r.request.appDir, '--present', METI, '--screen', '2'], expect.objectContaining({ stdio: 'inherit' }));
  });

  it('checks the bundled default release when none is named', async () => {
    const r = run(['--kiosk']);
    expect(await r.done).toBe(3);
    expect(r.err).toEqual([]);
  });

  it('stops at an invalid release with its problems, before anything else', async () => {
    const r = run(['--present', INVALID]);
    expect(await r.done).toBe(1);
    expect(r.err[0]).toContain(`${INVALID}:3:11: released: is not a real date`);
    expect(r.err.at(-1)).toBe(`pressdeck test: ${INVALID} is not a valid release (8 problems); nothing was started\n`);
    expect(r.ensureBinary).not.toHaveBeenCalled();
    expect(r.spawn).not.toHaveBeenCalled();
  });

  it('stops at invalid kiosk settings (kiosk only)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-booth-'));
    const config = join(dir, 'booth.json');
    writeFileSync(config, '{ "idleResume": "soon" }');
    const r = run(['--kiosk', METI, '--config', config]);
    expect(await r.done).toBe(1);
    expect(r.err.join('')).toContain('idleResume');
    expect(r.err.at(-1)).toBe('pressdeck test: the kiosk settings are not valid; nothing was started\n');
    expect(r.spawn).not.toHaveBeenCalled();
    // A briefing has no kiosk settings to check.
    expect(await run(['--present', METI]).done).toBe(3);
  });

  it('stops when the app is not built', async () => {
    const r = run(['--present', METI], { appDir: appDir(false) });
    expect(await r.done).toBe(1);
    expect(r.err.at(-1)).toMatch(/the app is not built \(.*out\/main\/index\.js is missing\): run `npm run build` first/);
    expect(r.ensureBinary).not.toHaveBeenCalled();
  });

  it('with --dry-run still prints the command when the app is not built, and says so', async () => {
    const r = run(['--present', METI], { appDir: appDir(false), dryRun: true, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e45' } });
    expect(await r.done).toBe(0);
    expect(r.out).toEqual([`electron ${r.request.appDir} --present ${METI}\n`]);
    expect(r.err[0]).toMatch(/^pressdeck test: the app is not built \(.*out\/main\/index\.js is missing\): run `npm run build` first\n$/);
    expect(r.ensureBinary).not.toHaveBeenCalled();
  });

  it('stops with the installer’s paragraph when there is no binary', async () => {
    const r = run(['--present', METI], { ensureBinary: () => ({ ok: false, message: 'pressdeck: cannot start the app: …\n' }) });
    expect(await r.done).toBe(1);
    expect(r.err.at(-1)).toBe('pressdeck: cannot start the app: …\n');
    expect(r.spawn).not.toHaveBeenCalled();
  });

  it('prints the command with --dry-run, fetching nothing', async () => {
    const r = run(['--kiosk', METI, '--exit-chord', 'Ctrl+Alt+Shift+Q'], { dryRun: true, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e45' } });
    expect(await r.done).toBe(0);
    expect(r.out).toEqual([`electron ${r.request.appDir} --kiosk ${METI} --exit-chord Ctrl+Alt+Shift+Q\n`]);
    expect(r.err).toEqual(['pressdeck test: the Electron binary is not here yet (/opt/e45/electron): pressdeck test without --dry-run fetches it, or set ELECTRON_OVERRIDE_DIST_PATH\n']);
    expect(r.ensureBinary).not.toHaveBeenCalled();
  });
});
