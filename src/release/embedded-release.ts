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
}
