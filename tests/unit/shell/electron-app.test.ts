/**
 * The Electron-level specs (tests/electron/) as far as they go without an Electron binary: what they
 * launch resolves to the files main opens, and their rule for the binary is Electron's own, the one
 * Playwright's _electron follows through require('electron').
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';
import { appFiles } from '../../../src/node/app-files';
import { electronPackage, findElectronBinary } from '../../../src/node/electron-binary';
import { APP_DIR, electronMissing } from '../../support/electron';

describe('the app folder the Electron specs launch', () => {
  const files = appFiles(APP_DIR);

  it('is the one whose package.json names the main bundle electron-vite builds', () => {
    const pkg = JSON.parse(readFileSync(join(APP_DIR, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe(relative(APP_DIR, files.mainBundle).split('\\').join('/'));
    const main = (config as { main: { build: { rollupOptions: { input: Record<string, string> } } } }).main.build.rollupOptions.input;
    expect(Object.keys(main)).toEqual(['index']);
  });

  it('holds the default release and the kiosk fallback main opens from the app path', () => {
    expect(existsSync(files.defaultRelease)).toBe(true);
    expect(existsSync(files.kioskFallback)).toBe(true);
    // Launching out/main/index.js made Electron take out/main as the app path: neither is there.
    const wrong = appFiles(join(APP_DIR, 'out', 'main'));
    expect([existsSync(wrong.defaultRelease), existsSync(wrong.kioskFallback)]).toEqual([false, false]);
  });
});

describe('the Electron binary rule', () => {
  const pkg = electronPackage(APP_DIR);

  it('is require("electron")’s: the same path under ELECTRON_OVERRIDE_DIST_PATH, without a download', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-override-'));
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dir };
    const fromElectron = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { cwd: APP_DIR, env, encoding: 'utf8' });
    expect(findElectronBinary(pkg.dir, env).path).toBe(fromElectron);
  });

  it('decides the skip: an override folder without the executable skips, with it runs; ELECTRON_EXEC_PATH alone does not count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdeck-override-'));
    expect(electronMissing({ ELECTRON_OVERRIDE_DIST_PATH: dir })).toContain('holds no Electron executable');
    const exe = findElectronBinary(pkg.dir, { ELECTRON_OVERRIDE_DIST_PATH: dir }).path!;
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    expect(electronMissing({ ELECTRON_OVERRIDE_DIST_PATH: dir })).toBeUndefined();
    const installed = findElectronBinary(pkg.dir, {}).found;
    expect(electronMissing({ ELECTRON_EXEC_PATH: exe }) === undefined).toBe(installed);
  });
});
