/**
 * Where the release comes from. Under Electron the main process reads and validates the file and
 * hands it over the IPC contract; in a plain browser (tests, `npm run build` output) the renderer
 * fetches the YAML and runs the same parser itself.
 */
import type { PressDeckApi, ReleaseState } from '../ipc/contract';

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

export interface FetchSourceOptions {
  /** Poll the release URL this often and report changes (`?watch=1`); 0 or absent: load once. */
  pollMs?: number;
}

export function fetchSource(url: string, options: FetchSourceOptions = {}): ReleaseSource {
  const base = new URL(url, document.baseURI);
  const file = decodeURIComponent(base.pathname.split('/').pop() ?? url);
  // Validators of the last response, so an unchanged file costs a 304 (or at least no re-parse).
  let etag: string | null = null;
  let lastModified: string | null = null;
  let lastText: string | undefined;

  // The parser (yaml, the schema) is a chunk of its own that only this path loads, fetched while
  // the release is: under Electron the main process parses, and the renderer never loads it.
  const parser = import('../release/parse');
  // The last text parsed and what it gave: the problem page reads the file every second
  // (src/app/retry.ts), and a large file should cost a fetch, not a parse, while it is unchanged.
  let parsed: { text: string; state: ReleaseState } | undefined;
  const toState = async (text: string): Promise<ReleaseState> => {
    if (parsed?.text === text) return parsed.state;
    const result = (await parser).parseRelease(text, file);
    const state: ReleaseState = result.ok ? { ok: true, file, release: result.release } : { ok: false, file, problems: result.problems };
    parsed = { text, state };
    return state;
  };
  const fetchText = async (conditional: boolean): Promise<string | undefined> => {
    const headers: Record<string, string> = {};
    if (conditional && etag) headers['if-none-match'] = etag;
    if (conditional && lastModified) headers['if-modified-since'] = lastModified;
    const response = await fetch(base, { cache: 'no-store', headers });
    if (response.status === 304) return undefined;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    etag = response.headers.get('etag');
    lastModified = response.headers.get('last-modified');
    // Strict, as the main process reads files: Latin-1 or Shift_JIS bytes are refused, not shown as �.
    return new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer());
  };
  const notUtf8 = (e: unknown): ReleaseState | undefined =>
    e instanceof TypeError && /decode|encoded/i.test(e.message)
      ? { ok: false, file, problems: [{ file, line: 0, column: 0, field: '', message: 'is not UTF-8 text (save the file as UTF-8)' }] }
      : undefined;

  return {
    async load() {
      try {
        const text = await fetchText(false);
        lastText = text;
      } catch (e) {
        const bad = notUtf8(e);
        if (bad) return bad;
        return { ok: false, file, problems: [{ file, line: 0, column: 0, field: '', message: `could not be loaded (${(e as Error).message})` }] };
      }
      return toState(lastText ?? '');
    },
    subscribe(listener) {
      if (!options.pollMs) return () => {};
      let stopped = false;
      let timer = 0;
      const poll = async () => {
        try {
          const text = await fetchText(lastText !== undefined);
          if (!stopped && text !== undefined && text !== lastText) {
            lastText = text;
            const state = await toState(text);
            if (!stopped) listener(state);
          }
        } catch (e) {
          // A server briefly away (file being replaced) is not a broken release: try again next time.
          const bad = notUtf8(e);
          if (bad && !stopped) listener(bad);
        }
        if (!stopped) timer = window.setTimeout(poll, options.pollMs);
      };
      timer = window.setTimeout(poll, options.pollMs);
      return () => {
        stopped = true;
        window.clearTimeout(timer);
      };
    },
    assetUrl: (path) => new URL(path, base).href,
  };
}
