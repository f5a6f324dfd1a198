/**
 * Where the release comes from. Under Electron the main process reads and validates the file and
 * hands it over the IPC contract; in a plain browser (tests, `npm run build` output) the renderer
 * fetches the YAML and runs the same parser itself.
 */
import type { PressDeckApi, ReleaseState } from '../ipc/contract';
import type { Release } from '../release/schema';
import type { ThemeState } from '../theme/load';

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
  /**
   * The theme (`?theme=`): a built-in name or the URL of a *.theme.yaml file. Over the release's
   * own `theme:`, as the app's --theme and pressdeck.config.json are.
   */
  theme?: string;
}

/** One text file fetched and re-fetched: validators kept, so an unchanged file costs a 304. */
function textFile(url: URL) {
  let etag: string | null = null;
  let lastModified: string | null = null;
  return async (conditional: boolean): Promise<string | undefined> => {
    const headers: Record<string, string> = {};
    if (conditional && etag) headers['if-none-match'] = etag;
    if (conditional && lastModified) headers['if-modified-since'] = lastModified;
    const response = await fetch(url, { cache: 'no-store', headers });
    if (response.status === 304) return undefined;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    etag = response.headers.get('etag');
    lastModified = response.headers.get('last-modified');
    // Strict, as the main process reads files: Latin-1 or Shift_JIS bytes are refused, not shown as �.
    return new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer());
  };
}

const NO_THEME = { ok: true } as const;

const isNotUtf8 = (e: unknown) => e instanceof TypeError && /decode|encoded/i.test(e.message);

export function fetchSource(url: string, options: FetchSourceOptions = {}): ReleaseSource {
  const base = new URL(url, document.baseURI);
  const file = decodeURIComponent(base.pathname.split('/').pop() ?? url);
  const fetchText = textFile(base);
  let lastText: string | undefined;

  // The parsers (yaml, the schemas) are a chunk of their own that only this path loads, fetched
  // while the release is: under Electron the main process parses, and the renderer never loads them.
  const parser = import('../release/parse');
  const themes = import('../theme/load');
  const refs = import('../theme/reference');
  // The last texts parsed and what they gave: the problem page reads the file every second
  // (src/app/retry.ts) and `&watch=1` polls, and an unchanged file should cost a fetch, not a parse
  // (nor, for a theme, fetching its logo and font again).
  let releaseParsed: { text: string; result: Awaited<ReturnType<Awaited<typeof parser>['parseRelease']>> } | undefined;
  let lastTheme: { key: string; result: ThemeOutcome } | undefined;
  let lastState: { text: string; theme: ThemeOutcome | undefined; state: ReleaseState } | undefined;
  /** The theme file being read, and the text it last had (re-read on every poll: it is small). */
  let themeFile: { url: URL; name: string; fetch: (conditional: boolean) => Promise<string | undefined>; text?: string } | undefined;

  type ThemeOutcome = { ok: true; theme?: ThemeState } | Extract<ReleaseState, { ok: false }>;
  const themeFor = async (release: Release): Promise<ThemeOutcome> => {
    const asked = options.theme ?? release.theme;
    if (asked === undefined) return NO_THEME;
    const ref = (await refs).themeReference(asked);
    const load = await themes;
    const where = options.theme ? '?theme=' : file;
    if (ref.kind === 'invalid') return { ok: false, file: where, problems: [{ file: where, line: 0, column: 0, field: 'theme', message: ref.message }] };
    if (ref.kind === 'builtin') {
      if (lastTheme?.key !== ref.name) lastTheme = { key: ref.name, result: { ok: true, theme: load.builtinTheme(ref.name) } };
      return lastTheme.result;
    }
    const themeUrl = new URL(ref.path, options.theme ? document.baseURI : base);
    if (themeFile?.url.href !== themeUrl.href) themeFile = { url: themeUrl, name: decodeURIComponent(themeUrl.pathname.split('/').pop() ?? ref.path), fetch: textFile(themeUrl) };
    const current = themeFile;
    let text: string;
    try {
      text = (await current.fetch(current.text !== undefined)) ?? current.text ?? '';
      current.text = text;
    } catch (e) {
      const message = isNotUtf8(e) ? 'is not UTF-8 text (save the file as UTF-8)' : `could not be loaded (${(e as Error).message})`;
      return { ok: false, file: current.name, problems: [{ file: current.name, line: 0, column: 0, field: '', message }] };
    }
    const key = `${themeUrl.href}\n${text}`;
    if (lastTheme?.key === key) return lastTheme.result;
    const result = await load.loadThemeFile({
      file: current.name,
      text: async () => text,
      asset: async (path) => {
        try {
          const response = await fetch(new URL(path, themeUrl), { cache: 'no-store' });
          if (!response.ok) return { ok: false, message: response.status === 404 ? `no such file beside the theme: ${path}` : `could not be loaded (HTTP ${response.status})` };
          return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
        } catch (e) {
          return { ok: false, message: `could not be loaded (${(e as Error).message})` };
        }
      },
    });
    lastTheme = { key, result: result.ok ? { ok: true, theme: result.theme } : { ok: false, file: result.file, problems: result.problems } };
    return lastTheme.result;
  };

  const toState = async (text: string): Promise<ReleaseState> => {
    if (releaseParsed?.text !== text) releaseParsed = { text, result: (await parser).parseRelease(text, file) };
    const result = releaseParsed.result;
    const theme = result.ok ? await themeFor(result.release) : undefined;
    if (lastState?.text === text && lastState.theme === theme) return lastState.state;
    const state: ReleaseState = !result.ok
      ? { ok: false, file, problems: result.problems }
      : !theme!.ok
        ? theme as Extract<ReleaseState, { ok: false }>
        : { ok: true, file, release: result.release, ...(theme!.theme ? { theme: theme!.theme } : {}) };
    lastState = { text, theme, state };
    return state;
  };
  const notUtf8 = (e: unknown): ReleaseState | undefined =>
    isNotUtf8(e) ? { ok: false, file, problems: [{ file, line: 0, column: 0, field: '', message: 'is not UTF-8 text (save the file as UTF-8)' }] } : undefined;

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
      let shown = lastState?.state;
      const poll = async () => {
        try {
          const text = await fetchText(lastText !== undefined);
          if (text !== undefined) lastText = text;
          // The theme file (when there is one) is re-read inside toState: an edit to either shows.
          const state = await toState(lastText ?? '');
          if (!stopped && state !== shown) {
            shown = state;
            listener(state);
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
