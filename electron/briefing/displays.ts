/**
 * Which display shows the room the slides and which the speaker the presenter view. Pure, so it is
 * tested without Electron (Electron's `screen.getAllDisplays()` gives objects of this shape).
 *   --screen 2   the second display in the system's order (1-based), or
 *   --screen <id> a display id as Electron reports it.
 * Without --screen the audience gets the first display that is not the primary one: the projector
 * is the screen plugged in, the laptop's own panel is primary.
 */
export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

export interface DisplayChoice<D extends DisplayLike> {
  audience: D;
  presenter: D;
  /** One display for both: show two ordinary windows instead of a full-screen audience. */
  shared: boolean;
  /** Set when --screen named no display, to warn on stderr. */
  warning?: string;
}

export function chooseDisplays<D extends DisplayLike>(displays: readonly D[], primary: D, preferred?: string): DisplayChoice<D> {
  const all = displays.length > 0 ? displays : [primary];
  let audience: D | undefined;
  let warning: string | undefined;
  if (preferred !== undefined) {
    const n = Number(preferred);
    audience = all.find((d) => String(d.id) === preferred) ?? (Number.isInteger(n) && n >= 1 ? all[n - 1] : undefined);
    if (!audience) warning = `--screen ${preferred}: no such display (there ${all.length === 1 ? 'is 1' : `are ${all.length}`}); using the default`;
  }
  audience ??= all.find((d) => d.id !== primary.id) ?? primary;
  const presenter = audience.id !== primary.id ? primary : (all.find((d) => d.id !== audience.id) ?? audience);
  return { audience, presenter, shared: presenter.id === audience.id, ...(warning ? { warning } : {}) };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the two windows go: on two displays, each fills its own (the audience's in full screen); on
 * one display, side by side, the slides on the left at 16:9 and the presenter view beside them, so
 * both stay usable as ordinary windows.
 */
export function windowBounds(choice: DisplayChoice<DisplayLike>): { audience: Rect; presenter: Rect; audienceFullScreen: boolean } {
  if (!choice.shared) return { audience: choice.audience.workArea, presenter: choice.presenter.workArea, audienceFullScreen: true };
  const area = choice.audience.workArea;
  const width = Math.min(Math.round(area.width * 0.55), Math.round((area.height * 16) / 9));
  return {
    audience: { x: area.x, y: area.y, width, height: Math.round((width * 9) / 16) },
    presenter: { x: area.x + width, y: area.y, width: area.width - width, height: area.height },
    audienceFullScreen: false,
  };
}
