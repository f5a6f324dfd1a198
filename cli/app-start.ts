/**
 * `npm start` and `npm run dev`: checks the app's options, makes sure the Electron binary is there
 * (fetching it with Electron's own installer on first start, src/node/electron-binary.ts), then hands
 * over to electron-vite with ELECTRON_EXEC_PATH set to it: electron-vite 6 neither fetches the binary
 * nor follows ELECTRON_OVERRIDE_DIST_PATH by itself.
 *   tsx cli/app-start.ts preview -- --kiosk x.release.yaml   (npm start: build, then start)
 *   tsx cli/app-start.ts dev -- --present                    (npm run dev: renderer with hot reload)
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackage, ensureElectronBinary } from '../src/node/electron-binary';
import { APP_USAGE, parseAppOptions } from '../src/options/app-options';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'preview' && command !== 'dev') {
    process.stderr.write('Usage: tsx cli/app-start.ts preview|dev [electron-vite options] -- [app options]\n');
    return 2;
  }
  const split = rest.indexOf('--');
  const viteArgs = split < 0 ? rest : rest.slice(0, split);
  const appArgs = split < 0 ? [] : rest.slice(split + 1);
  // The app would say the same after a build; saying it first costs nothing.
  const parsed = parseAppOptions(appArgs);
  if (!parsed.ok) {
    process.stderr.write(`pressdeck: ${parsed.error}\n${APP_USAGE}\n`);
    return 2;
  }
  const binary = ensureElectronBinary(electronPackage(ROOT), { say: (t) => process.stderr.write(t) });
  if (!binary.ok) {
    process.stderr.write(binary.message);
    return 1;
  }
  const electronVite = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  return new Promise((done) => {
    const child = spawn(process.execPath, [electronVite, command, ...viteArgs, '--', ...appArgs], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ELECTRON_EXEC_PATH: binary.path },
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', (e) => {
      process.stderr.write(`pressdeck: could not start electron-vite (${e.message})\n`);
      done(1);
    });
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
