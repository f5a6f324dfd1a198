/**
 * Which screen the kiosk fills. Pure: takes Electron's display list (only the fields it reads).
 *   --screen 2           → the second display in the system's order (1-based)
 *   --screen 2779098405  → the display with that id
 *   --screen "DELL"      → the first display whose name contains "dell" (any case)
 *   nothing              → the largest external display, else the primary one
 */
export interface DisplayInfo {
  id: number;
  label?: string;
  internal?: boolean;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface DisplayChoice<D extends DisplayInfo> {
  display: D;
  /** Why this one, for the log; a warning when the wanted display was not found. */
  reason: string;
  warning?: string;
}

export function chooseDisplay<D extends DisplayInfo>(displays: readonly D[], primary: D, wanted?: number | string): DisplayChoice<D> {
  let warning: string | undefined;
  if (wanted !== undefined && wanted !== '') {
    const found = findWanted(displays, wanted);
    if (found) return { display: found, reason: `display ${JSON.stringify(wanted)} as asked` };
    const names = displays.map((d, i) => `${i + 1}: ${d.label || `id ${d.id}`}`).join(', ');
    warning = `no display matches ${JSON.stringify(wanted)} (have ${names}); using the default`;
  }
  const external = displays.filter((d) => d.internal === false || (d.internal === undefined && d.id !== primary.id));
  if (external.length > 0) {
    const largest = external.reduce((a, b) => (area(b) > area(a) ? b : a));
    return { display: largest, reason: 'largest external display', warning };
  }
  return { display: primary, reason: 'primary display', warning };
}

function findWanted<D extends DisplayInfo>(displays: readonly D[], wanted: number | string): D | undefined {
  const text = String(wanted).trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n >= 1 && n <= displays.length) return displays[n - 1];
    return displays.find((d) => d.id === n);
  }
  const needle = text.toLowerCase();
  return displays.find((d) => (d.label ?? '').toLowerCase().includes(needle));
}

function area(d: DisplayInfo): number {
  return d.bounds.width * d.bounds.height;
}
