/**
 * Where the release comes from. Under Electron the main process reads and validates the file and
 * hands it over the IPC contract; in a plain browser (tests, `npm run build` output) the renderer
 * fetches the YAML and runs the same parser itself.
 */
import type { PressDeckApi, ReleaseState } from '../ipc/contract';
import { parseRelease } from '../release/parse';

export interface ReleaseSource {
  load(): Promise<ReleaseState>;
  /** Called with every later version of the release; returns an unsubscribe function. */
  subscribe(listener: (state: ReleaseState) => void): () => void;
  /** Resolves an image path from the release (relative to the release file) to a URL the page may load. */
  assetUrl(path: string): string;
}

export function electronSource(api: PressDeckApi): ReleaseSource {
  return {
    load: () => api.getRelease(),
    subscribe: (listener) => api.onReleaseChanged(listener),
    // The main process serves the release's folder under app://release/ with path checks.
    assetUrl: (path) => `app://release/${path.split('/').map(encodeURIComponent).join('/')}`,
  };
}

export function fetchSource(url: string): ReleaseSource {
  const base = new URL(url, document.baseURI);
  const file = decodeURIComponent(base.pathname.split('/').pop() ?? url);
  return {
    async load() {
      let text: string;
      try {
        const response = await fetch(base, { cache: 'no-store' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        // Strict, as the main process reads files: Latin-1 or Shift_JIS bytes are refused, not shown as �.
        text = new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer());
      } catch (e) {
        if (e instanceof TypeError && /decode|encoded/i.test(e.message)) {
          return { ok: false, file, problems: [{ file, line: 0, column: 0, field: '', message: 'is not UTF-8 text (save the file as UTF-8)' }] };
        }
        return { ok: false, file, problems: [{ file, line: 0, column: 0, field: '', message: `could not be loaded (${(e as Error).message})` }] };
      }
      const result = parseRelease(text, file);
      return result.ok ? { ok: true, file, release: result.release } : { ok: false, file, problems: result.problems };
    },
    subscribe: () => () => {},
    assetUrl: (path) => new URL(path, base).href,
  };
}
