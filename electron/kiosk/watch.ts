/**
 * Watches the release file. Editors save in different ways (write in place, or write a temp file and
 * rename it over the original), so the folder is watched and events are filtered by name, then
 * debounced: one save, one reload.
 */
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export type WatchFn = (dir: string, listener: (event: string, filename: string | Buffer | null) => void) => Pick<FSWatcher, 'close'>;

export function watchFile(path: string, onChange: () => void, options: { debounceMs?: number; watch?: WatchFn } = {}): () => void {
  const name = basename(path);
  const debounceMs = options.debounceMs ?? 250;
  const watch: WatchFn = options.watch ?? ((dir, listener) => fsWatch(dir, { persistent: false }, listener));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher = watch(dirname(path), (_event, filename) => {
    // Some platforms do not say which file changed: then any change in the folder counts.
    if (filename !== null && String(filename) !== name) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
