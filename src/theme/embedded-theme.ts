/**
 * A theme as the offline HTML player carries it (written by src/node/export/player-html.ts
 * embedTheme), turned back into the files the one theme loader reads, so the player checks it as
 * any theme file is checked. No DOM, no Node: used by the player and by tests in Node.
 */
import type { EmbeddedTheme } from '../release/embedded-release';
import type { ThemeFiles } from './load';

/** The embedded theme as the files a theme loader reads: the settings text and the named files' bytes. */
export function themeFiles(theme: EmbeddedTheme): ThemeFiles {
  return {
    file: theme.file,
    text: async () => theme.text,
    asset: async (path) => {
      const data = Object.hasOwn(theme.assets, path) ? theme.assets[path] : undefined;
      if (data === undefined) return { ok: false, message: `not in this player: ${path}` };
      try {
        return { ok: true, bytes: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) };
      } catch {
        return { ok: false, message: `is not readable in this player: ${path}` };
      }
    },
  };
}
