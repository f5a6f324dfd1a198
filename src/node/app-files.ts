/**
 * Where the app's own files are. Two anchors, because Electron gives two:
 * - the app path (`app.getAppPath()`: the folder holding package.json in a checkout, or
 *   `resources/app.asar` when packaged): the bundled default release and the kiosk fallback slide;
 * - the main bundle's folder (`out/main`, i.e. `__dirname` of the built main process): the
 *   renderer and the preload built beside it.
 * The launchers and the Electron tests use the same answers, so they open what main opens.
 */
import { join } from 'node:path';
import { DEFAULT_RELEASE_FILE } from '../release/defaults';

export function appFiles(appPath: string): { defaultRelease: string; kioskFallback: string; mainBundle: string } {
  return {
    defaultRelease: join(appPath, 'slides', DEFAULT_RELEASE_FILE),
    kioskFallback: join(appPath, 'resources', 'kiosk-fallback.html'),
    // package.json's "main": what Electron runs when it is given the app folder.
    mainBundle: join(appPath, 'out', 'main', 'index.js'),
  };
}

export function bundleFiles(mainDir: string): { renderer: string; preload: string; player: string } {
  return {
    renderer: join(mainDir, '..', 'renderer'),
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    // The offline HTML player (File › Export as › Offline HTML Player): a classic-script build of the renderer.
    player: join(mainDir, '..', 'player'),
  };
}

/** True when `path` is inside an asar archive (a packaged app): readable through Electron's fs, never writable or watchable. */
export function isInsideAsar(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment.toLowerCase().endsWith('.asar'));
}
