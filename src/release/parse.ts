/**
 * Release text → validated `Release`, or every problem at once with file, line, column and field.
 * Pure: no file system, no DOM; the renderer, main process and CLI all call this.
 * The same reader serves every YAML format of the app (`parseYamlFile` with a `YamlFormat`): the
 * theme files (src/theme/parse.ts) get the same places, "did you mean" and hostile-input guards.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { nearest } from './edit-distance';
import { formatFieldPath, type ReleaseProblem } from './problems';
import { releaseSchema, type Release } from './schema';

/** Larger files are refused before parsing: a release is a few kilobytes, a 50 MB one is an attack or an accident. */
export const MAX_RELEASE_BYTES = 2 * 1024 * 1024;
/**
 * YAML aliases that would copy more values than this in all are refused ("billion laughs"). A
 * release that reuses a summary or two copies a handful; a bomb copies billions.
 */
export const MAX_ALIAS_VALUES = 1000;
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

/** A YAML file format: its schema, and how messages name it. */
export interface YamlFormat<T> {
  schema: z.ZodType<T>;
  /** "release", "theme": in messages ("a theme file may be at most …"). */
  noun: string;
  /** What a file of this format starts with, for a file that is not a mapping. */
  expected: string;
  /** How deeply the format nests at most, for the "nested too deeply" messages. */
  depth: number;
}

export const RELEASE_FORMAT: YamlFormat<Release> = {
  schema: releaseSchema as z.ZodType<Release>,
  noun: 'release',
  expected: 'expected a release: a YAML mapping starting with "format: pressdeck/release@1"',
  depth: 4,
};

export type YamlResult<T> = { ok: true; value: T } | { ok: false; problems: ReleaseProblem[] };

export function parseRelease(source: string, file: string): ParseResult {
  const result = parseYamlFile(RELEASE_FORMAT, source, file);
  return result.ok ? { ok: true, release: result.value } : result;
}

export function parseYamlFile<T>(format: YamlFormat<T>, source: string, file: string): YamlResult<T> {
  if (source.length > MAX_RELEASE_BYTES) {
    return fail(file, `file is too large (${(source.length / 1048576).toFixed(1)} MB; a ${format.noun} file may be at most ${MAX_RELEASE_BYTES / 1048576} MB)`);
  }
  if (source.includes('\u0000')) return fail(file, 'file is not text (it contains NUL bytes)');

  const deepFlow = flowTooDeep(source);
  if (deepFlow !== undefined) {
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = source.indexOf('\n'); i >= 0 && i < deepFlow; i = source.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    const { line, col } = lineCounter.linePos(deepFlow);
    return { ok: false, problems: [{ file, line, column: col, field: '', message: `nested too deeply (more than ${MAX_FLOW_DEPTH} levels of [ ] or { }; a ${format.noun} needs at most ${format.depth})` }] };
  }

  const first = read(source);
  if (first.doc.errors.length === 0) return check(format, first, file, []);

  // Prose holding ": " is the commonest paste mistake, and YAML's syntax error for it hides every
  // other problem. Quote those values in a copy, explain each, and check the rest of the file too.
  const repair = quoteColonValues(format, source, first.doc.errors);
  if (repair) {
    const second = read(repair.source);
    if (second.doc.errors.length === 0) {
      const explained = repair.edits.map((edit) => {
        const { line, col } = first.at(edit.offset);
        const path = pathAt(second.doc.contents, edit.repaired);
        return { file, line, column: col, field: path ? formatFieldPath(path) : '', message: colonMessage(edit.text, edit.key) };
      });
      return check(format, second, file, explained);
    }
  }
  return {
    ok: false,
    problems: firstPerMessage(
      first.doc.errors.map((e) => {
        const { line, col } = first.at(e.pos[0]);
        return { file, line, column: col, field: '', message: yamlMessage(format, e.message) };
      }),
    ),
  };
}

interface Read {
  source: string;
  doc: Document.Parsed;
  at: LinePos;
}

function read(source: string): Read {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  return { source, doc, at: (offset) => lineCounter.linePos(offset) };
}

/** A document YAML could read → the release, or every problem (`known` are problems found before). */
function check<T>(format: YamlFormat<T>, { source, doc, at }: Read, file: string, known: ReleaseProblem[]): YamlResult<T> {
  const failWith = (problems: ReleaseProblem[]): YamlResult<T> => ({ ok: false, problems: [...known, ...problems].sort(byPlace) });

  // Warnings are mostly unknown tags (`!!js/function`, `!!python/object`): other YAML loaders turn
  // those into code or objects. They mean nothing in a release, so they are refused, not ignored.
  if (doc.warnings.length > 0) {
    return failWith(
      doc.warnings.map((w) => {
        const { line, col } = at(w.pos[0]);
        const tag = /Unresolved tag: (.*)$/.exec(firstLine(w.message))?.[1];
        const message = tag ? `YAML tags are not allowed in a ${format.noun} (found ${tag.replace(/^tag:yaml\.org,2002:/, '!!')}); write the plain value` : `YAML: ${firstLine(w.message)}`;
        return { file, line, column: col, field: '', message };
      }),
    );
  }

  const deep = tooDeep(doc.contents);
  if (deep) {
    const { line, col } = at(deep.offset);
    return failWith([{ file, line, column: col, field: formatFieldPath(deep.path), message: `nested too deeply (more than ${MAX_NESTING_DEPTH} levels; a ${format.noun} needs at most ${format.depth})` }]);
  }

  const bomb = aliasBomb(doc);
  if (bomb !== undefined) {
    const { line, col } = at(bomb);
    return failWith([{ file, line, column: col, field: '', message: `YAML aliases (*name) expand too far: this one brings the copies past ${MAX_ALIAS_VALUES} values ("billion laughs"); write the values out instead` }]);
  }

  let data: unknown;
  try {
    // aliasBomb already bounds the expansion; the library's own guard stays as a second line.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_VALUES });
  } catch (e) {
    const message = (e as Error).message;
    if (/alias/i.test(message)) {
      return failWith([{ file, line: 0, column: 0, field: '', message: `YAML aliases (*name) expand too far: more than ${MAX_ALIAS_VALUES} values ("billion laughs"); write the values out instead` }]);
    }
    return failWith([{ file, line: 0, column: 0, field: '', message: `YAML could not be read: ${firstLine(message)}` }]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return failWith([{ file, line: 0, column: 0, field: '', message: format.expected }]);
  }

  const result = format.schema.safeParse(data);
  if (result.success) return known.length === 0 ? { ok: true, value: result.data } : failWith([]);

  // One problem per field: "21/03/2017" is a wrong format, and saying it is also not a real date is noise.
  const seen = new Set<string>();
  const issues = result.error.issues.filter((issue) => {
    if (issue.code === 'unrecognized_keys') return true;
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const found = issues.flatMap((issue) => toProblems(format.schema, issue, data, doc.contents, source, file, at));
  return failWith(foldConsequences(found));
}

function byPlace(a: ReleaseProblem, b: ReleaseProblem): number {
  return a.line - b.line || a.column - b.column;
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

function yamlMessage(format: YamlFormat<unknown>, raw: string): string {
  if (/call stack/i.test(raw)) return `YAML nested too deeply to read (a ${format.noun} needs at most ${format.depth} levels)`;
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

/** A problem with what folding needs to know about it (see foldConsequences). */
interface Found {
  problem: ReleaseProblem;
  path: PropertyKey[];
  kind: 'unknown' | 'required' | 'dangling' | 'other';
  /** unknown: the field it is one typo away from; dangling: the id that names nothing. */
  near?: string;
  value?: unknown;
}

function toProblems(schema: z.ZodType, issue: Issue, data: unknown, root: unknown, source: string, file: string, at: LinePos): Found[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const { line, col } = at(locate(root, [...path, key], true));
      const near = nearestField(schema, path, key);
      const hint = near ? ` (did you mean "${near}"?)` : knownFieldsHint(schema, path);
      return {
        problem: { file, line, column: col, field: formatFieldPath([...path, key]), message: `unknown field${hint}` },
        path: [...path, key], kind: 'unknown' as const, near, value: valueAt(data, [...path, key]),
      };
    });
  }
  const { line, col } = at(locate(root, path, false));
  const value = valueAt(data, path);
  const danglingId = issue.code === 'custom' ? (issue.params as { danglingId?: string } | undefined)?.danglingId : undefined;
  const colon = issue.code === 'invalid_type' && issue.expected === 'string' ? colonMapping(nodeAt(root, path), source) : undefined;
  const message = colon ? `expected text, got a mapping: ${colonMessage(colon.text, undefined)}` : describe(issue, value);
  return [{
    problem: { file, line, column: col, field: formatFieldPath(path) || 'release', message },
    path,
    kind: danglingId !== undefined ? 'dangling' : value === undefined && message === 'is required' ? 'required' : 'other',
    near: danglingId,
  }];
}

/**
 * The cause first: a misspelled field is reported once, with what follows from it folded under it
 * rather than printed before it. `organisations:` leaves `organizations` missing and every
 * organization id used elsewhere dangling; `sumary:` leaves `summary` missing; a misspelled `id:`
 * of an organization leaves the references to that id dangling.
 */
function foldConsequences(found: Found[]): ReleaseProblem[] {
  const folded = new Set<Found>();
  const same = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((seg, i) => seg === b[i]);
  for (const cause of found) {
    if (cause.kind !== 'unknown' || cause.near === undefined) continue;
    const parent = cause.path.slice(0, -1);
    const follows = found.filter((f) => {
      if (f === cause || folded.has(f)) return false;
      if (f.kind === 'required') return same(f.path, [...parent, cause.near!]);
      if (f.kind !== 'dangling') return false;
      if (parent.length === 0 && cause.near === 'organizations') return true;
      return parent.length === 2 && parent[0] === 'organizations' && cause.near === 'id' && f.near === cause.value;
    });
    if (follows.length === 0) continue;
    for (const f of follows) folded.add(f);
    cause.problem = { ...cause.problem, consequences: follows.map((f) => f.problem).sort(byPlace) };
  }
  return found.filter((f) => !folded.has(f)).map((f) => f.problem);
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

/**
 * Text that YAML read as a one-pair mapping because it holds ": ", such as the list item
 * `- Small firms are a focus: the bodies will help.`; undefined for a real mapping.
 */
function colonMapping(node: unknown, source: string): { text: string } | undefined {
  if (!isMap(node) || node.flow || node.items.length !== 1) return undefined;
  const pair = node.items[0]!;
  if (!isScalar(pair.key) || pair.key.type !== 'PLAIN' || !(isScalar(pair.value) && pair.value.type === 'PLAIN')) return undefined;
  const start = rangeStart(pair.key);
  const end = (pair.value.range as [number, number, number] | undefined)?.[1];
  if (start === undefined || end === undefined) return undefined;
  const text = source.slice(start, end).trim();
  return text.includes('\n') ? undefined : { text };
}

/** Why YAML misread text holding ": ", and the two ways to write it. */
function colonMessage(text: string, key: string | undefined): string {
  const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  const lead = key ? `${key}: ` : '- ';
  return `the ": " in "${shown}" makes YAML read a key and a value; put the whole text in quotes (${lead}${JSON.stringify(text)}), or write ${key ? `${key}: >-` : '- >-'} and the text indented on the next line`;
}

interface ColonEdit {
  /** Where the value starts in the original source. */
  offset: number;
  /** Where its quoted form starts in the repaired source (earlier edits on the way shift it). */
  repaired: number;
  text: string;
  /** The field name before the value on that line, when there is one. */
  key?: string;
}

/**
 * YAML errors caused by text holding ": " (`text: Milestone: ITAC inaugurated`, or the same in a
 * `{ … }` line) → the source with each such value quoted, keeping every line where it was, so the
 * rest of the file can still be checked. Undefined when some error is of another kind.
 */
function quoteColonValues(format: YamlFormat<unknown>, source: string, errors: readonly YAMLError[]): { source: string; edits: ColonEdit[] } | undefined {
  const edits: (Omit<ColonEdit, 'repaired'> & { end: number })[] = [];
  for (const e of errors) {
    if (e.code !== 'BLOCK_AS_IMPLICIT_KEY' && e.code !== 'BLOCK_IN_FLOW') return undefined;
    const lineStart = source.lastIndexOf('\n', e.pos[0] - 1) + 1;
    if (edits.some((x) => x.offset >= lineStart && x.offset <= e.pos[0])) continue; // `a: b: c` errs twice on one line
    const lineEnd = (() => {
      const n = source.indexOf('\n', e.pos[0]);
      return n < 0 ? source.length : n;
    })();
    const line = source.slice(lineStart, lineEnd);
    let offset: number;
    let end: number;
    let key: string | undefined;
    if (e.code === 'BLOCK_IN_FLOW') {
      // Inside `{ … }` the value runs to the next comma or closing bracket.
      offset = e.pos[0];
      const stop = source.slice(offset, lineEnd).search(/\s*[,}\]]/);
      end = stop < 0 ? lineEnd : offset + stop;
      key = /([A-Za-z][\w-]*):\s*$/.exec(source.slice(lineStart, offset))?.[1];
    } else {
      // The value starts after the list dash and a field name of the format, if the line has one.
      const head = /^(\s*(?:-\s+)*)(?:([A-Za-z][\w-]*):\s+)?/.exec(line)!;
      key = head[2] !== undefined && fieldNames(format.schema).has(head[2]) ? head[2] : undefined;
      offset = lineStart + (key ? head[0].length : head[1]!.length);
      const comment = line.search(/\s+#/);
      end = comment >= 0 && lineStart + comment > offset ? lineStart + comment : lineEnd;
    }
    const text = source.slice(offset, end).trim();
    if (!text.includes(': ') || /^["'[{|>&*!%@`]/.test(text)) return undefined;
    edits.push({ offset, end, text, key });
  }
  if (edits.length === 0) return undefined;
  let out = '';
  let from = 0;
  const done: ColonEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    out += source.slice(from, edit.offset);
    done.push({ offset: edit.offset, repaired: out.length, text: edit.text, ...(edit.key ? { key: edit.key } : {}) });
    out += JSON.stringify(edit.text);
    from = edit.end;
  }
  return { source: out + source.slice(from), edits: done };
}

const FIELD_NAMES = new WeakMap<z.ZodType, ReadonlySet<string>>();

/** Every field name the format has, at any depth: what may stand before ": " as a key. */
function fieldNames(schema: z.ZodType): ReadonlySet<string> {
  const known = FIELD_NAMES.get(schema);
  if (known) return known;
  const names = new Set<string>();
  const walk = (schema: unknown, depth: number) => {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (!def || depth > 12) return;
    if (def.type === 'object') {
      for (const [name, field] of Object.entries(def.shape as Record<string, unknown>)) {
        names.add(name);
        walk(field, depth + 1);
      }
      return;
    }
    for (const inner of [def.innerType, def.in, def.out, def.element, ...((def.options as unknown[] | undefined) ?? [])]) walk(inner, depth + 1);
  };
  walk(schema, 0);
  FIELD_NAMES.set(schema, names);
  return names;
}

/**
 * Offset of the alias whose expansion takes the copies past MAX_ALIAS_VALUES, or undefined. Counts
 * what toJS would build: each alias copies every value of the node it names, aliases inside it
 * included. Aliases name the last anchor of that name before them, as the YAML library resolves them.
 */
function aliasBomb(doc: Document.Parsed): number | undefined {
  const anchors = new Map<string, unknown>();
  const target = new Map<unknown, unknown>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) target.set(node, anchors.get(node.source));
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  if (target.size === 0) return undefined;

  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const t = target.get(node);
      return t === undefined || inProgress.has(t) ? 1 : size(t);
    }
    if (!isMap(node) && !isSeq(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    inProgress.add(node);
    let n = 1;
    for (const item of node.items) n += isPair(item) ? size(item.key) + size(item.value) : size(item);
    inProgress.delete(node);
    sizes.set(node, n);
    return n;
  };

  let copied = 0;
  let overflow: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      const t = target.get(node);
      copied += t === undefined ? 1 : size(t);
      if (copied > MAX_ALIAS_VALUES) {
        overflow = rangeStart(node) ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return overflow;
}

/** The path to the value starting at `offset`, for naming the field of a repaired value. */
function pathAt(root: unknown, offset: number): (string | number)[] | undefined {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (rangeStart(node) === offset && isScalar(node)) return path;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number') ? pair.key.value : '?';
        stack.push({ node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
  }
  return undefined;
}

function nodeAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const seg of path) {
    if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && p.key.value === seg)?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return node;
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
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
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

/** The field of that object a misspelled key is one typo away from, if any ("membrs" → "members"). */
function nearestField(root: z.ZodType, objectPath: readonly PropertyKey[], key: string): string | undefined {
  return nearest(key, fieldsAt(root, objectPath));
}

/** ` (expected one of: …)` listing the fields that object allows. */
function knownFieldsHint(root: z.ZodType, objectPath: readonly PropertyKey[]): string {
  const known = fieldsAt(root, objectPath);
  return known.length > 0 ? ` (expected one of: ${known.join(', ')})` : '';
}

/** Field names the schema allows for the object at `path`. */
function fieldsAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  let schema: unknown = root;
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function fail(file: string, message: string): { ok: false; problems: ReleaseProblem[] } {
  return { ok: false, problems: [{ file, line: 0, column: 0, field: '', message }] };
}
