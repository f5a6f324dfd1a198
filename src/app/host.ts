/**
 * What the page gets from where it runs, chosen once: under Electron the preload's named API
 * (window.pressdeck), in the offline HTML player the release in the page, in a plain browser fetch,
 * a BroadcastChannel and the console. The only module
 * of the renderer that touches window.pressdeck.
 */
import { broadcastChannelTransport, electronTransport, type BriefingTransport } from '../briefing/transport';
import { describeKioskProblem, type KioskProblem } from '../kiosk/problem';
import { embeddedSource, readEmbeddedRelease } from './embedded';
import { electronSource, fetchSource, type ReleaseSource } from './source';
import type { View } from './view';

export interface Host {
  source: ReleaseSource;
  /** To the other window of a briefing; a window alone (deck, kiosk, print) talks to no one. */
  transport: BriefingTransport;
  /** Kiosk: the slide on screen, so a reload after a crash comes back to it. */
  reportSlide(id: string): void;
  /** A problem for the log, not the screen: the kiosk log under Electron, the console in a browser. */
  log(problem: KioskProblem): void;
}

/** Browser build: how often `&watch=1` polls the release URL. */
export const WATCH_MS = 1000;

const nowhere: BriefingTransport = { send: () => {}, subscribe: () => () => {} };

export function connectHost(view: View): Host {
  const api = window.pressdeck;
  // The offline HTML player has its release in the page (src/app/embedded.ts).
  const embedded = api ? undefined : readEmbeddedRelease();
  return {
    source: api ? electronSource(api) : embedded ? embeddedSource(embedded) : fetchSource(view.releaseUrl, { pollMs: view.watch ? WATCH_MS : 0, ...(view.theme ? { theme: view.theme } : {}) }),
    transport: !view.mode.paired ? nowhere : api ? electronTransport(api) : broadcastChannelTransport(),
    reportSlide: (id) => api?.reportSlide?.(id),
    log(problem) {
      console.warn(`PressDeck: ${describeKioskProblem(problem)}`);
      api?.reportProblem?.(problem);
    },
  };
}
