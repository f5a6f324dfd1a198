/**
 * Release data → YAML text with comments, through the `yaml` Document API so quoting is always
 * right and comments sit on the nodes they explain.
 */
import { Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Guess, Path } from './build';

/** Where the schema is from a release in the project's slides/ folder. */
export const SLIDES_SCHEMA_PATH = '../resources/release.schema.json';

/** `schemaPath`: the JSON Schema as the YAML language server finds it from the written file. */
export function toYaml(data: Record<string, unknown>, guesses: Guess[], header: string[], schemaPath = SLIDES_SCHEMA_PATH): string {
  // One line of the comment: a line break would start YAML of its own.
  if (/[\s\u0000-\u001f\u007f]/.test(schemaPath)) throw new Error(`schema path "${encodeURI(schemaPath)}" must be one word`);
  const doc = new Document(data);
  doc.commentBefore = [` yaml-language-server: $schema=${schemaPath}`, ...header.map((h) => ` ${h}`)].join('\n');

  // Short id lists and figures read best on one line: `parties: [itac, aioti]`.
  for (const path of flowPaths(data)) {
    const node = doc.getIn(path, true);
    if (isSeq(node) || isMap(node)) node.flow = true;
  }
  for (const g of guesses) attach(doc, g.path, `guessed: ${g.note}`);
  // A blank line before each block (issuer, lead, sections…) as in the hand-written releases.
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, i) => {
      if (i > 0 && isScalar(pair.key) && !isScalar(pair.value)) pair.key.spaceBefore = true;
    });
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

function attach(doc: Document, path: Path, comment: string): void {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  let target: Node | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
    target = pair && isScalar(pair.key) ? pair.key : undefined;
  } else if (isSeq(parent) && typeof last === 'number') {
    target = parent.items[last] as Node | undefined;
  }
  if (!target) return;
  target.commentBefore = target.commentBefore ? `${target.commentBefore}\n ${comment}` : ` ${comment}`;
}

function flowPaths(data: Record<string, unknown>): Path[] {
  const paths: Path[] = [];
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Record<string, unknown>[]) : []);
  list('events').forEach((e, i) => { if (e.organizations) paths.push(['events', i, 'organizations']); });
  if (data.ceremony) paths.push(['ceremony', 'parties']);
  list('organizations').forEach((o, i) => {
    for (const key of ['foundedBy', 'members', 'workingGroups']) if (o[key] !== undefined) paths.push(['organizations', i, key]);
  });
  return paths;
}
