/**
 * Problems found in a release file, each pinned to a place a person can open in an editor.
 *
 *   slides/x.release.yaml:12:5: organizations[1].members.count: expected a number, got "many"
 */
export interface ReleaseProblem {
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  column: number;
  /** Field path such as `organizations[1].members.count`; empty for the whole file. */
  field: string;
  message: string;
}

/** ['organizations', 1, 'members'] → "organizations[1].members" */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

export function formatProblem(p: ReleaseProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

export class ReleaseError extends Error {
  constructor(readonly problems: ReleaseProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ReleaseError';
  }
}
