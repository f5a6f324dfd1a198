/**
 * How this window was asked to show the deck, read from the URL so the built renderer can be driven
 * from a plain browser (tests, PDF export) exactly as Electron drives it.
 *   ?release=fixtures/x.release.yaml&mode=kiosk
 * `presenter` is the speaker's window of a briefing (notes, next slide, timer); `briefing` is the audience's.
 */
export type Mode = 'briefing' | 'kiosk' | 'print' | 'presenter';

export interface ViewSettings {
  mode: Mode;
  /** URL of a release file to fetch in the plain-browser build; ignored under Electron. */
  releaseUrl: string;
  /** Plain-browser build: poll the release URL and show edits (`&watch=1`). */
  watch: boolean;
}

const MODES: readonly Mode[] = ['briefing', 'kiosk', 'print', 'presenter'];

export function readViewSettings(search: string, defaultReleaseUrl: string): ViewSettings {
  const params = new URLSearchParams(search);
  const mode = params.get('mode') as Mode | null;
  return {
    mode: mode && MODES.includes(mode) ? mode : 'briefing',
    releaseUrl: params.get('release') ?? defaultReleaseUrl,
    watch: params.get('watch') === '1',
  };
}
