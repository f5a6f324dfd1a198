/**
 * The release as the offline HTML player carries it: written by the export
 * (src/node/export/player-html.ts), read by the renderer (src/app/embedded.ts).
 */
export const EMBEDDED_RELEASE_ID = 'pressdeck-release';

export interface EmbeddedRelease {
  /** The release file's name, for messages. */
  file: string;
  /** The release's YAML text: validated in the player by the same parser as everywhere. */
  text: string;
  /** The exported view settings (mode, font, contrast, motion): the URL's own parameters win. */
  query: string;
  /**
   * The theme the export wore, when not the default: its settings as JSON text (YAML's subset, so
   * the player checks them with the theme parser and the contrast rules, as any theme file) and the
   * logo and font it names as base64, keyed by the names in the settings. A player reads no file.
   */
  theme?: EmbeddedTheme;
}

export interface EmbeddedTheme {
  file: string;
  text: string;
  assets: Record<string, string>;
}
