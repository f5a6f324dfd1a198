/**
 * Whether an event comes from an on-screen control (a button, link or field) rather than the slide:
 * such input belongs to the control, not to the deck's keys, clicker map or tap zones.
 */
export function isOnControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], input, select, textarea, [contenteditable]') !== null;
}
