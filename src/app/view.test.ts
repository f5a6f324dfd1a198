import { describe, expect, it } from 'vitest';
import { MODES } from './modes';
import { readView } from './view';

const DEFAULT = './default.release.yaml';

describe('readView', () => {
  it('without a mode shows one deck a person steps through, not a briefing window', () => {
    const view = readView('', DEFAULT);
    expect(view.mode).toBe(MODES.deck);
    expect(view.mode.paired).toBe(false);
    expect(view).toMatchObject({ releaseUrl: DEFAULT, watch: false, auto: false, warnings: [] });
  });
  it('reads each mode from the table, and the old `briefing` as the audience window with a warning', () => {
    expect(readView('?mode=audience', DEFAULT).mode.paired).toBe(true);
    const old = readView('?mode=briefing', DEFAULT);
    expect(old.mode).toBe(MODES.audience);
    expect(old.warnings).toEqual(['mode=briefing is deprecated: use mode=audience']);
    expect(readView('?mode=slideshow', DEFAULT)).toMatchObject({ mode: MODES.deck, warnings: ['mode=slideshow is not a mode (deck, audience, presenter, kiosk, print): showing deck'] });
  });
  it('gives kiosk settings to the kiosk only, and the test time-scale only from the harness', () => {
    expect(readView('?mode=deck&speed=2', DEFAULT).kiosk).toBeUndefined();
    const kiosk = readView('?mode=kiosk&speed=50&hideCursor=1000', DEFAULT, { timeScale: 20 });
    expect(kiosk.kiosk).toMatchObject({ speed: 10, timeScale: 20, hideCursorAfterMs: 1000 });
    expect(kiosk.reveal).toEqual({ overview: false, jumpToSlide: false, help: false });
    expect(kiosk.warnings).toEqual(['URL parameter hideCursor is deprecated: use hideCursorAfter']);
  });
  it('sizes print pages from the print options', () => {
    const print = readView('?mode=print&notes=1&release=/x.release.yaml', DEFAULT);
    expect(print.print).toEqual({ notes: true });
    expect(print.reveal).toMatchObject({ view: 'print', height: 1080 + 540 });
    expect(print.releaseUrl).toBe('/x.release.yaml');
  });
});
