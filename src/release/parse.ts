/**
 * Release text → validated `Release`, or every problem at once with file, line, column and field.
 * Pure: no file system, no DOM; the renderer, main process and CLI all call this.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { formatFieldPath, type ReleaseProblem } from './problems';
import { releaseSchema, type Release } from './schema';

/** Larger files are refused before parsing: a release is a few kilobytes, a 50 MB one is an attack or an accident. */
export const MAX_RELEASE_BYTES = 2 * 1024 * 1024;
/** YAML aliases that expand past this are refused ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/**
 * Deeper YAML is refused with its place. A release nests four levels at most
 * (organizations → item → members → count); the yaml library itself overflows the stack somewhere
 * near a thousand levels, which is reported as "nested too deeply" too.
 */
export const MAX_NESTING_DEPTH = 16;
/** Flow brackets are counted before parsing, roughly (see flowTooDeep), so the bound is looser. */
const MAX_FLOW_DEPTH = 64;

/** A problem found outside the schema (for instance by the Node asset checks), by field path. */
export interface FieldIssue {
  path: readonly (string | number)[];
  message: string;
}

export type ParseResult = { ok: true; release: Release } | { ok: false; problems: ReleaseProblem[] };

export function parseRelease(source: string, file: string): ParseResult {
  if (source.length > MAX_RELEASE_BYTES) {
    return fail(file, `file is too large (${(source.length / 1048576).toFixed(1)} MB; a release file may be at most ${MAX_RELEASE_BYTES / 1048576} MB)`);
  }
  if (source.includes('\u0000')) return fail(file, 'file is not text (it contains NUL bytes)');

  const lineCounter = new LineCounter();
  const at = (offset: number) => lineCounter.linePos(offset);
  const deepFlow = flowTooDeep(source);
  if (deepFlow !== undefined) {
    lineCounter.addNewLine(0);
    for (let i = source.indexOf('\n'); i >= 0 && i < deepFlow; i = source.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    const { line, col } = at(deepFlow);
    return { ok: false, problems: [{ file, line, column: col, field: '', message: `nested too deeply (more than ${MAX_FLOW_DEPTH} levels of [ ] or { }; a release needs at most 4)` }] };
  }
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: firstPerMessage(
        doc.errors.map((e) => {
          const { line, col } = at(e.pos[0]);
          return { file, line, column: col, field: '', message: yamlMessage(e.message) };
        }),
      ),
    };
  }

  // Warnings are mostly unknown tags (`!!js/function`, `!!python/object`): other YAML loaders turn
  // those into code or objects. They mean nothing in a release, so they are refused, not ignored.
  if (doc.warnings.length > 0) {
    return {
      ok: false,
      problems: doc.warnings.map((w) => {
        const { line, col } = at(w.pos[0]);
        const tag = /Unresolved tag: (.*)$/.exec(firstLine(w.message))?.[1];
        const message = tag ? `YAML tags are not allowed in a release (found ${tag.replace(/^tag:yaml\.org,2002:/, '!!')}); write the plain value` : `YAML: ${firstLine(w.message)}`;
        return { file, line, column: col, field: '', message };
      }),
    };
  }

  const deep = tooDeep(doc.contents);
  if (deep) {
    const { line, col } = at(deep.offset);
    return { ok: false, problems: [{ file, line, column: col, field: formatFieldPath(deep.path), message: `nested too deeply (more than ${MAX_NESTING_DEPTH} levels; a release needs at most 4)` }] };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = (e as Error).message;
    if (/alias/i.test(message)) {
      return fail(file, `YAML aliases (*name) expand too far: more than ${MAX_ALIAS_COUNT} copies ("billion laughs"); write the values out instead`);
    }
    return fail(file, `YAML could not be read: ${firstLine(message)}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(file, 'expected a release: a YAML mapping starting with "format: pressdeck/release@1"');
  }

  const result = releaseSchema.safeParse(data);
  if (result.success) return { ok: true, release: result.data };

  // One problem per field: "21/03/2017" is a wrong format, and saying it is also not a real date is noise.
  const seen = new Set<string>();
  const issues = result.error.issues.filter((issue) => {
    if (issue.code === 'unrecognized_keys') return true;
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const problems = issues.flatMap((issue) => toProblems(issue, data, doc.contents, file, at));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, problems };
}

/**
 * Issues found after parsing (by path into the release) → problems located in `source`, sorted by
 * place. For checks that need more than the schema, such as whether an image file exists.
 */
export function locateIssues(source: string, file: string, issues: readonly FieldIssue[]): ReleaseProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  return issues
    .map((issue) => {
      const { line, col } = lineCounter.linePos(locate(doc.contents, issue.path, false));
      return { file, line, column: col, field: formatFieldPath(issue.path) || 'release', message: issue.message };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Offset where [ ] / { } nesting first passes MAX_FLOW_DEPTH, found by a quick scan before the YAML
 * parser runs: the parser slows down sharply with depth (seconds for a 2 MB file of "[") and its
 * composer recurses until the stack overflows. Quotes and comments are skipped as YAML defines them;
 * brackets inside plain text can only over-count, and only a file with dozens unclosed trips it.
 */
function flowTooDeep(source: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const prev = i === 0 ? '\n' : source[i - 1]!;
    const boundary = /[\s[{,:]/.test(prev);
    if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    } else if (c === '#' && /\s/.test(prev)) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if ((c === '"' || c === "'") && boundary) {
      for (i++; i < source.length && source[i] !== c; i++) if (c === '"' && source[i] === '\\') i++;
    }
  }
  return undefined;
}

/** A stack overflow is reported at every level it unwinds through: once is enough. */
function firstPerMessage(problems: ReleaseProblem[]): ReleaseProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.message) && Boolean(seen.add(p.message)));
}

function yamlMessage(raw: string): string {
  if (/call stack/i.test(raw)) return `YAML nested too deeply to read (a release needs at most 4 levels)`;
  return `YAML syntax: ${firstLine(raw)}`;
}

/** The first node deeper than MAX_NESTING_DEPTH, found without recursion so depth cannot overflow the stack. */
function tooDeep(root: unknown): { offset: number; path: (string | number)[] } | undefined {
  const stack: { node: unknown; depth: number; path: (string | number)[] }[] = [{ node: root, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_NESTING_DEPTH) return { offset: rangeStart(node) ?? 0, path };
    node.items.forEach((item, i) => {
      if (isPair(item)) {
        const key = isScalar(item.key) && (typeof item.key.value === 'string' || typeof item.key.value === 'number') ? item.key.value : '?';
        stack.push({ node: item.value, depth: depth + 1, path: [...path, key] });
      } else stack.push({ node: item, depth: depth + 1, path: [...path, i] });
    });
  }
  return undefined;
}

type Issue = z.core.$ZodIssue;
type LinePos = (offset: number) => { line: number; col: number };

function toProblems(issue: Issue, data: unknown, root: unknown, file: string, at: LinePos): ReleaseProblem[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const { line, col } = at(locate(root, [...path, key], true));
      const known = knownKeysHint(path, key);
      return { file, line, column: col, field: formatFieldPath([...path, key]), message: `unknown field${known}` };
    });
  }
  const { line, col } = at(locate(root, path, false));
  return [{ file, line, column: col, field: formatFieldPath(path) || 'release', message: describe(issue, valueAt(data, path)) }];
}

function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required';
      return `${issue.message.startsWith('Invalid input') ? `expected ${article(issue.expected)}` : issue.message}, got ${show(value)}`;
    case 'invalid_value':
      return value === undefined ? 'is required' : `${issue.message}, got ${show(value)}`;
    case 'invalid_format':
      return value === undefined ? 'is required' : `${issue.message}, got ${show(value)}`;
    default:
      return issue.message;
  }
}

const ARTICLES: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false',
  array: 'a list', object: 'a mapping of fields',
};
function article(expected: string): string {
  return ARTICLES[expected] ?? expected;
}

function show(value: unknown): string {
  if (value === null) return "nothing";
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/**
 * Source offset of the YAML node at `path`; the deepest existing ancestor when the field is missing.
 * `atKey` points at the key of the last segment (for unknown fields) rather than its value.
 */
function locate(root: unknown, path: readonly PropertyKey[], atKey: boolean): number {
  let node = root as YamlNode | null | undefined;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) return offset;
      if (last && atKey) return rangeStart(pair.key) ?? offset;
      const keyStart = rangeStart(pair.key);
      node = pair.value as YamlNode | null;
      // A key with no value (`title:`) has no range of its own: point at the key.
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg] as YamlNode | undefined;
      if (!node) return offset;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}

/** ` (did you mean "members"?)` when a known field of that object is one typo away. */
function knownKeysHint(objectPath: readonly PropertyKey[], key: string): string {
  const known = fieldsAt(objectPath);
  if (known.length === 0) return '';
  const close = known
    .map((k) => ({ k, d: editDistance(k.toLowerCase(), key.toLowerCase()) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  return close ? ` (did you mean "${close.k}"?)` : ` (expected one of: ${known.join(', ')})`;
}

/** Field names the schema allows for the object at `path`. */
function fieldsAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = releaseSchema;
  for (const seg of [...path, null]) {
    // Unwrap optional/default/pipe/array wrappers until an object (or nothing) is left.
    for (let guard = 0; guard < 10; guard++) {
      const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return [];
      if (def.type === 'object') break;
      if (def.type === 'array' && typeof seg === 'number') { schema = def.element; break; }
      schema = def.innerType ?? def.in ?? (def.type === 'union' ? (def.options as unknown[])[0] : undefined);
      if (!schema) return [];
    }
    if (seg === null || typeof seg === 'number') continue;
    const shape = (schema as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape;
    schema = shape?.[seg as string];
  }
  const shape = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function editDistance(a: string, b: string): number {
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function fail(file: string, message: string): ParseResult {
  return { ok: false, problems: [{ file, line: 0, column: 0, field: '', message }] };
}
