/**
 * Watches the release file. Editors save in different ways (write in place, or write a temp file and
 * rename it over the original), so the folder is watched and events are filtered by name, then
 * debounced: one save, one reload.
 * Only real files are watched: the packaged app's bundled default release lies inside app.asar,
 * which nothing can edit and fs.watch cannot watch (Electron's asar support does not cover it; the
 * call throws ENOTDIR). A watcher that fails later (the folder removed) is reported, never thrown:
 * an unhandled 'error' event would end the kiosk.
 */
import { watch as fsWatch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isInsideAsar } from '../../src/node/app-files';

export type WatchFn = (
  dir: string,
  listener: (event: string, filename: string | Buffer | null) => void,
) => { close(): void; on?(event: 'error', listener: (error: Error) => void): unknown };

export interface WatchOptions {
  debounceMs?: number;
  watch?: WatchFn;
  /** Why the file is not (or no longer) watched. */
  onProblem?: (message: string) => void;
}

export function watchFile(path: string, onChange: () => void, options: WatchOptions = {}): () => void {
  if (isInsideAsar(path)) {
    options.onProblem?.('not watched: the release is inside the app archive, where nothing can change it');
    return () => {};
  }
  const name = basename(path);
  const debounceMs = options.debounceMs ?? 250;
  const watch: WatchFn = options.watch ?? ((dir, listener) => fsWatch(dir, { persistent: false }, listener));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watcher: ReturnType<WatchFn>;
  try {
    watcher = watch(dirname(path), (_event, filename) => {
      // Some platforms do not say which file changed: then any change in the folder counts.
      if (filename !== null && String(filename) !== name) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
    });
  } catch (e) {
    options.onProblem?.(`not watched: ${(e as Error).message}`);
    return () => {};
  }
  watcher.on?.('error', (e) => options.onProblem?.(`no longer watched: ${e.message}`));
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
