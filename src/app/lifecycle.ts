/**
 * The one lifecycle of the renderer's behaviours (the kiosk loop, visitor input, the idle cursor,
 * the progress line, the briefing keys, image watching): a function that starts the behaviour and
 * returns the function that stops it. Svelte runs each in its own `$effect` or `{@attach}`, whose
 * teardown is the stop, so a behaviour starts, restarts (when an input it reads changes) and stops
 * with its component, and never outlives it.
 *   $effect(() => hideIdleCursor(document.documentElement, view.hideCursorAfterMs));
 */
export type Stop = () => void;
