/**
 * Problems found in a release file, each pinned to a place a person can open in an editor.
 *
 *   slides/x.release.yaml:12:5: organizations[1].members.count: expected a number, got "many"
 *
 * Everything formatted here may be printed in a terminal, so release text in it (unknown key
 * names, values quoted back) comes out with its control characters escaped.
 */
import { count, printable } from './messages';

export interface ReleaseProblem {
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  column: number;
  /** Field path such as `organizations[1].members.count`; empty for the whole file. */
  field: string;
  message: string;
  /**
   * Problems that follow from this one and go away when it is fixed: a misspelled `organisations:`
   * leaves `organizations` missing and every id that names an organization dangling. Shown under
   * their cause, not before it.
   */
  consequences?: ReleaseProblem[];
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

/** One problem as one line (its consequences are not included; see formatProblems). */
export function formatProblem(p: ReleaseProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return printable(p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`);
}

/** Consequences listed under their cause before the rest are summed up in one line. */
const SHOWN_CONSEQUENCES = 3;

/**
 * Every problem, one line each, with the problems that follow from a cause folded under it:
 *
 *   x.release.yaml:9:1: organisations: unknown field (did you mean "organizations"?)
 *     which also causes:
 *     x.release.yaml:7:47: events[0].organizations[0]: no organization has the id "alpha"
 *     … and 7 more like it
 */
export function formatProblemLines(problems: readonly ReleaseProblem[]): string[] {
  return problems.flatMap((p) => {
    const lines = [formatProblem(p)];
    const more = p.consequences ?? [];
    if (more.length === 0) return lines;
    lines.push('  which also causes:');
    for (const c of more.slice(0, SHOWN_CONSEQUENCES)) lines.push(`  ${formatProblem(c)}`);
    if (more.length > SHOWN_CONSEQUENCES) lines.push(`  … and ${count(more.length - SHOWN_CONSEQUENCES, 'more problem')} of the same cause`);
    return lines;
  });
}

/** formatProblemLines as text for a terminal, ending in a new line. */
export function formatProblems(problems: readonly ReleaseProblem[]): string {
  return `${formatProblemLines(problems).join('\n')}\n`;
}

/** "3 problems", or "1 problem (and 9 that follow from it)". */
export function problemCount(problems: readonly ReleaseProblem[]): string {
  const followers = problems.reduce((n, p) => n + (p.consequences?.length ?? 0), 0);
  const head = count(problems.length, 'problem');
  return followers === 0 ? head : `${head} (and ${followers} that follow from ${problems.length === 1 ? 'it' : 'them'})`;
}

export class ReleaseError extends Error {
  constructor(readonly problems: ReleaseProblem[]) {
    super(formatProblemLines(problems).join('\n'));
    this.name = 'ReleaseError';
  }
}
