/**
 * The offline HTML player (`pressdeck export --format html`) carries its release inside its
 * index.html, as data: a <script type="application/json" id="pressdeck-release"> element, read with
 * textContent and JSON.parse, never run. Chromium refuses fetch() from file:// pages, so this is how a
 * player opened from a USB stick or a signage system's package gets its release. The YAML text is
 * validated by the same parser as every other source.
 *
 *   { "file": "x.release.yaml", "text": "<the YAML>", "query": "mode=kiosk&font=large",
 *     "theme": { "file": "Brand", "text": "<the theme as JSON>", "assets": { "logo.svg": "<base64>" } } }
 */
import type { ReleaseState } from '../ipc/contract';
import { EMBEDDED_RELEASE_ID, type EmbeddedRelease, type EmbeddedTheme } from '../release/embedded-release';
import { themeFiles } from '../theme/embedded-theme';
import type { ReleaseSource } from './source';

export type { EmbeddedRelease };

export function readEmbeddedRelease(doc: Document = document): EmbeddedRelease | undefined {
  const el = doc.getElementById(EMBEDDED_RELEASE_ID);
  if (!el || el.tagName !== 'SCRIPT' || el.getAttribute('type') !== 'application/json') return undefined;
  try {
    const data = JSON.parse(el.textContent ?? '') as Partial<EmbeddedRelease>;
    if (typeof data.file !== 'string' || typeof data.text !== 'string' || typeof data.query !== 'string') return undefined;
    const theme = embeddedTheme(data.theme);
    return { file: data.file, text: data.text, query: data.query, ...(theme ? { theme } : {}) };
  } catch {
    return undefined;
  }
}

/** The theme part, when it has the shape the export writes; anything else is no theme. */
function embeddedTheme(value: unknown): EmbeddedTheme | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const t = value as Partial<EmbeddedTheme>;
  if (typeof t.file !== 'string' || typeof t.text !== 'string' || typeof t.assets !== 'object' || t.assets === null) return undefined;
  const assets: Record<string, string> = {};
  for (const [name, data] of Object.entries(t.assets)) if (typeof data === 'string') assets[name] = data;
  return { file: t.file, text: t.text, assets };
}

/** The exported settings under whatever the URL says: `index.html?mode=deck` opens the briefing keys. */
export function withEmbeddedDefaults(search: string, embedded: EmbeddedRelease | undefined): string {
  if (!embedded) return search;
  const merged = new URLSearchParams(embedded.query);
  for (const [key, value] of new URLSearchParams(search)) merged.set(key, value);
  return `?${merged.toString()}`;
}

/** A release source over the embedded text; images from the `release/` folder beside index.html. */
export function embeddedSource(embedded: EmbeddedRelease, baseUrl: string = document.baseURI): ReleaseSource {
  const images = new URL('release/', baseUrl);
  let state: Promise<ReleaseState> | undefined;
  return {
    load: () =>
      (state ??= Promise.all([import('../release/parse'), embedded.theme ? import('../theme/load') : undefined]).then(async ([{ parseRelease }, themes]) => {
        const result = parseRelease(embedded.text, embedded.file);
        if (!result.ok) return { ok: false, file: embedded.file, problems: result.problems };
        if (!embedded.theme || !themes) return { ok: true, file: embedded.file, release: result.release };
        // Checked again here as any theme file is (schema, colours, contrast, logo and font bytes):
        // the player is a file anyone can edit.
        const theme = await themes.loadThemeFile(themeFiles(embedded.theme));
        return theme.ok ? { ok: true, file: embedded.file, release: result.release, theme: theme.theme } : { ok: false, file: theme.file, problems: theme.problems };
      })),
    // The player is a copy: it never changes under the screen.
    subscribe: () => () => {},
    assetUrl: (path) => new URL(path.split('/').map(encodeURIComponent).join('/'), images).href,
  };
}

