/**
 * `npm start` and `pressdeck present` as a person runs them, in a copy of the project whose
 * node_modules/electron has no binary (the rest of node_modules is linked, not copied):
 * - offline, `npm start` stops with one paragraph and a non-zero exit, before building anything;
 * - Electron's own installer, run by the launcher, fetches the binary (here from a local mirror
 *   serving a stand-in) and it runs: this is what happens on a fresh machine with network;
 * - with ELECTRON_OVERRIDE_DIST_PATH at a stand-in that records its arguments, `npm start -- --kiosk`
 *   and `pressdeck present` hand Electron exactly the app folder and the app's arguments.
 * Linux only: the stand-in binary and the mirror's file names are Linux's.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronPackage, ensureElectronBinary } from '../../../src/node/electron-binary';

const ROOT = resolve('.');
const RELEASE = 'slides/meti-2017-03-21-itac-aioti-mou.release.yaml';
const STAND_IN = '#!/usr/bin/env node\nrequire("node:fs").writeFileSync(process.env.PRESSDECK_STAND_IN_RECORD, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd() }));\nconsole.log("stand-in electron");\n';

/** Serves <root>/v<version>/<file> on a free loopback port, as Electron's mirrors lay files out; prints the port. */
const MIRROR_SERVER = `
const { createServer } = require('node:http');
const { readFile } = require('node:fs/promises');
const root = process.argv[1];
const server = createServer(async (req, res) => {
  if (!/^\\/v[0-9.]+\\/[A-Za-z0-9._-]+$/.test(req.url)) return void res.writeHead(404).end();
  try { res.writeHead(200).end(await readFile(root + req.url)); } catch { res.writeHead(404).end(); }
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

let project: string;
let work: string;

/** The environment of a person's shell, minus anything that would find a real binary or cache. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, electron_config_cache: join(work, 'empty-cache'), ELECTRON_GET_NO_PROGRESS: '1', ...extra };
  for (const name of ['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_EXEC_PATH', 'ELECTRON_MIRROR', 'ELECTRON_RUN_AS_NODE']) if (!(name in extra)) delete env[name];
  return env;
}

function standIn(dir: string): { dir: string; record: string } {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'electron'), STAND_IN);
  chmodSync(join(dir, 'electron'), 0o755);
  return { dir, record: join(dir, 'record.json') };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pressdeck-start-'));
  project = join(work, 'project');
  mkdirSync(project);
  const tsconfigs = readdirSync(ROOT).filter((f) => /^tsconfig.*\.json$/.test(f));
  for (const entry of ['package.json', 'electron.vite.config.ts', ...tsconfigs, 'electron', 'src', 'cli', 'bin', 'slides', 'resources']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  }
  // The command line as `npm install` leaves it ("prepare" builds it; the tests' setup has), copied after its sources.
  cpSync(join(ROOT, 'out', 'cli'), join(project, 'out', 'cli'), { recursive: true });
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== 'electron') symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  // Electron's package as npm installs it: no dist/, no path.txt (whatever this machine has).
  cpSync(join(ROOT, 'node_modules', 'electron'), join(modules, 'electron'), {
    recursive: true,
    filter: (src) => !/[\\/]electron[\\/](dist|path\.txt)$/.test(src),
  });
});

describe.runIf(process.platform === 'linux')('starting the app', () => {
  it('offline: npm start stops with one paragraph and exit 1, before building', () => {
    const r = spawnSync('npm', ['start', '--silent', '--', '--kiosk', RELEASE], {
      cwd: project,
      encoding: 'utf8',
      // Port 9 (discard) refuses at once: no waiting on a network that is not there.
      env: cleanEnv({ ELECTRON_MIRROR: 'http://127.0.0.1:9/' }),
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    const paragraph = r.stderr.split('\n').find((l) => l.startsWith('pressdeck: cannot start the app:'));
    expect(paragraph).toMatch(/the binary is not installed and fetching it from ELECTRON_MIRROR=http:\/\/127\.0\.0\.1:9\/ failed \(TypeError: fetch failed\)\./);
    expect(paragraph).toContain('set ELECTRON_OVERRIDE_DIST_PATH to its folder');
    expect(paragraph).toContain('`npm test` and `npm run export` still work');
    expect(existsSync(join(project, 'out', 'main'))).toBe(false);
  }, 90_000);

  describe('where Electron can be fetched', () => {
    let server: ChildProcess;
    let mirror: string;

    beforeAll(async () => {
      const { version } = electronPackage(project);
      const name = `electron-v${version}-linux-${process.arch}.zip`;
      const zip = storedZip([
        { name: 'electron', data: Buffer.from(STAND_IN), mode: 0o755 },
        { name: 'version', data: Buffer.from(`v${version}`), mode: 0o644 },
      ]);
      const root = join(work, 'mirror');
      mkdirSync(join(root, `v${version}`), { recursive: true });
      writeFileSync(join(root, `v${version}`, name), zip);
      writeFileSync(join(root, `v${version}`, 'SHASUMS256.txt'), `${createHash('sha256').update(zip).digest('hex')} *${name}\n`);
      // Its own process: the installer runs synchronously and would block a server in this one.
      server = spawn(process.execPath, ['-e', MIRROR_SERVER, root], { stdio: ['ignore', 'pipe', 'inherit'] });
      const port = await new Promise<string>((ok) => server.stdout!.once('data', (d: Buffer) => ok(d.toString().trim())));
      mirror = `http://127.0.0.1:${port}/`;
    });
    afterAll(() => void server.kill());

    it('fetches the missing binary with Electron’s own installer, then it runs', () => {
      const pkg = electronPackage(project);
      const said: string[] = [];
      // The stand-in's checksum is not in Electron's checksums.json: take the mirror's list.
      const got = ensureElectronBinary(pkg, { env: cleanEnv({ ELECTRON_MIRROR: mirror, electron_use_remote_checksums: '1' }), say: (t) => said.push(t) });
      expect(got).toEqual({ ok: true, path: join(pkg.dir, 'dist', 'electron'), fetched: true });
      expect(said.join('')).toContain(`Fetching the Electron ${pkg.version} binary`);
      expect(spawnSync(got.ok ? got.path : '', [], { encoding: 'utf8', env: { ...process.env, PRESSDECK_STAND_IN_RECORD: join(work, 'fetched.json') } }).stdout).toBe('stand-in electron\n');
    }, 60_000);
  });

  describe('with ELECTRON_OVERRIDE_DIST_PATH at a stand-in', () => {
    it('npm start -- --kiosk x.release.yaml builds, then hands Electron the app folder and the arguments', () => {
      const s = standIn(join(work, 'override-start'));
      const r = spawnSync('npm', ['start', '--silent', '--', '--kiosk', RELEASE, '--screen', '2'], {
        cwd: project,
        encoding: 'utf8',
        env: cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: s.dir, PRESSDECK_STAND_IN_RECORD: s.record }),
        timeout: 240_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const { argv, cwd } = JSON.parse(readFileSync(s.record, 'utf8')) as { argv: string[]; cwd: string };
      expect({ app: resolve(cwd, argv[0]!), args: argv.slice(1) }).toEqual({ app: project, args: ['--kiosk', RELEASE, '--screen', '2'] });
      expect(existsSync(join(project, 'out', 'main', 'index.js'))).toBe(true);
    }, 240_000);

    it('pressdeck present checks the release, then hands Electron the app folder and the arguments', () => {
      const s = standIn(join(work, 'override-present'));
      const release = resolve(project, RELEASE);
      const r = spawnSync(process.execPath, [join(project, 'bin', 'pressdeck.mjs'), 'present', release, '--display', '2', '--auto'], {
        cwd: work,
        encoding: 'utf8',
        env: cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: s.dir, PRESSDECK_STAND_IN_RECORD: s.record }),
        timeout: 60_000,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const { argv, cwd } = JSON.parse(readFileSync(s.record, 'utf8')) as { argv: string[]; cwd: string };
      expect(argv).toEqual([project, '--present', release, '--screen', '2', '--auto']);
      expect(cwd).toBe(work);
    }, 60_000);

    it('pressdeck present stops at an invalid release before Electron starts', () => {
      const s = standIn(join(work, 'override-invalid'));
      const r = spawnSync(process.execPath, [join(project, 'bin', 'pressdeck.mjs'), 'present', join(ROOT, 'tests/fixtures/releases/invalid-types.release.yaml')], {
        cwd: work,
        encoding: 'utf8',
        env: cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: s.dir, PRESSDECK_STAND_IN_RECORD: s.record }),
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('is not a valid release (8 problems); nothing was started');
      expect(existsSync(s.record)).toBe(false);
    }, 60_000);
  });
});

/** A zip with stored (uncompressed) entries and Unix modes: enough for Electron's extractor. */
function storedZip(entries: { name: string; data: Buffer; mode: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below counts
    central.writeUInt16LE(10, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((0o100000 | e.mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
