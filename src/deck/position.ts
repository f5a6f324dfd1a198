/**
 * Where a deck stays when its plan changes under it (the release file was edited, or the font mode
 * re-paginated it). Pure: Deck.svelte calls it with the slide ids before and after.
 *
 *   slideAfterChange(['title', 'lead', 'section-a', 'closing'], 'section-a', ['title', 'lead', 'section-b', 'closing']) → 2
 */

/** The stem of a continuation page's id: 'section-background~2' → 'section-background'. */
export function idStem(id: string): string {
  return id.split('~')[0]!;
}

/**
 * Index to show in `after` for the slide `shown` of `before`:
 * 1. the same id;
 * 2. the first page of the same slide (a re-paginated slide may have fewer pages);
 * 3. where the nearest neighbour that still exists now puts it: the shown slide's heading (and so
 *    its id) changed, or the slide was removed and the next one takes its place;
 * 4. the same index, within the new deck.
 */
export function slideAfterChange(before: readonly string[], shown: string | undefined, after: readonly string[]): number {
  if (after.length === 0) return 0;
  const clamp = (i: number) => Math.min(Math.max(i, 0), after.length - 1);
  if (shown === undefined) return 0;
  const same = after.indexOf(shown);
  if (same >= 0) return same;
  const stem = idStem(shown);
  const page = after.findIndex((id) => idStem(id) === stem);
  if (page >= 0) return page;

  const at = before.indexOf(shown);
  if (at < 0) return 0;
  const gone = (id: string) => idStem(id) === stem;
  for (let d = 1; d < before.length; d++) {
    const previous = before[at - d];
    if (previous !== undefined && !gone(previous)) {
      const j = after.indexOf(previous);
      if (j >= 0) return clamp(j + d);
    }
    const next = before[at + d];
    if (next !== undefined && !gone(next)) {
      const j = after.indexOf(next);
      if (j >= 0) return clamp(j - d);
    }
  }
  return clamp(at);
}
