/**
 * Levenshtein distance, for "did you mean" hints: a misspelled release field, a mistyped option.
 *   editDistance('membrs', 'members') → 1
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The candidate nearest to `word` (case-insensitive), when it is a plausible typo of it. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  return candidates
    .map((c) => ({ c, d: editDistance(c.toLowerCase(), word.toLowerCase()) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(word.length / 3)))
    .sort((a, b) => a.d - b.d)[0]?.c;
}
