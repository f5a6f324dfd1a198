/**
 * `pressdeck import` without the file system: release text or a saved page → release YAML, a list of
 * what could not be placed, and the validated release. Pure: the CLI reads and writes the files.
 */
import { count, printable } from '../release/messages';
import { parseRelease } from '../release/parse';
import type { Release } from '../release/schema';
import { buildRelease, ImportError, type Guess } from './build';
import { htmlToText, looksLikeHtml } from './html';
import { readStructure, type Unplaced } from './structure';
import { isJapanese, splitLines, type Line } from './text';
import { toYaml } from './yaml';

export { ImportError } from './build';

/** Inputs are web pages or text; anything this large is not a single press release. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

export interface ImportOptions {
  /** Shown in messages and the YAML header. */
  file: string;
  /** Treat as HTML; by default sniffed from the content. */
  html?: boolean;
  url?: string;
  /** The `$schema` path for the YAML language server, from where the file is written (default: a file in slides/). */
  schemaPath?: string;
}

export interface ImportResult {
  yaml: string;
  release: Release;
  guesses: Guess[];
  unplaced: Unplaced[];
  chrome: Line[];
  /** True when the input was read as HTML, so line numbers refer to its extracted text. */
  fromHtml: boolean;
}

export type ImportOutcome = ({ ok: true } & ImportResult) | { ok: false; error: string };

export function importRelease(source: string, options: ImportOptions): ImportOutcome {
  try {
    return { ok: true, ...run(source, options) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: `${options.file}: ${e.message}` };
    throw e;
  }
}

function run(source: string, options: ImportOptions): ImportResult {
  if (source.length > MAX_IMPORT_CHARS) throw new ImportError(`is too large to be a press release (${(source.length / 1048576).toFixed(1)} MB)`);
  if (source.trim() === '') throw new ImportError('is empty');
  if (isBinary(source)) throw new ImportError('is not text (it looks like a binary file)');

  const fromHtml = options.html ?? looksLikeHtml(source);
  const text = fromHtml ? htmlToText(source) : source;
  const { lines, chrome } = splitLines(text);
  if (lines.length === 0) throw new ImportError(fromHtml ? 'the page has no text outside navigation, header and footer' : 'has only site chrome, no content');

  const structure = readStructure(lines);
  // A page that is not a press release has none of its landmarks; say so instead of guessing a release.
  const landmarks = [structure.footer.released, structure.footer.division, structure.footer.contact].filter(Boolean).length
    + structure.sections.length + structure.profiles.length;
  if (landmarks === 0) {
    throw new ImportError('does not look like a press release: no release date, no "Division in Charge" or contact block, no numbered sections and no organization profiles');
  }
  const content = [structure.title?.text ?? '', ...structure.intro.paragraphs, ...structure.sections.flatMap((x) => x.paragraphs)].join('\n');
  const lang = isJapanese(content) ? 'ja' : 'en';
  const built = buildRelease(structure, { lang, url: options.url });

  const yaml = toYaml(built.data, built.guesses, [
    `Imported by \`pressdeck import\` from ${options.file}${fromHtml ? ' (HTML)' : ''}. Check every "guessed" comment.`,
  ], options.schemaPath);
  const parsed = parseRelease(yaml, options.file);
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => `${p.field || 'release'}: ${p.message}`).join('; ');
    throw new ImportError(`the imported release is not valid (${problems})`);
  }
  return { yaml, release: parsed.release, guesses: built.guesses, unplaced: built.unplaced, chrome, fromHtml };
}

/** NUL bytes or many control characters: an image, archive or other binary read as text. */
function isBinary(source: string): boolean {
  if (source.includes('\u0000')) return true;
  const sample = source.slice(0, 8192);
  const control = (sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  return control > Math.max(8, sample.length * 0.02);
}

/**
 * The report for stderr: what was found, what was guessed, and every line left out. The input is
 * someone else's text, so every line is printed with its control characters escaped.
 */
export function formatReport(file: string, r: ImportResult): string {
  const rel = r.release;
  const out: string[] = [];
  const where = r.fromHtml ? 'text line' : 'line';
  out.push(`${file}: ${rel.lang === 'ja' ? 'Japanese' : 'English'} release "${rel.title}" of ${rel.released}`);
  if (rel.subtitle) out.push(`  subtitle: ${rel.subtitle}`);
  const orgs = rel.organizations.length > 0 ? ` (${rel.organizations.map((o) => o.id).join(', ')})` : ' (so no profile or comparison slides; add them under organizations: if the release is about some)';
  out.push(`  ${count(rel.sections.length, 'section')}, ${count(rel.organizations.length, 'organization')}${orgs}, ${count(rel.events.length, 'event')}, ${rel.ceremony ? 'a ceremony' : 'no ceremony'}`);
  if (r.guesses.length > 0) {
    out.push(`guessed (${r.guesses.length}; marked "# guessed" in the YAML):`);
    for (const g of r.guesses) out.push(`  ${g.path.join('.')}: ${g.note}`);
  }
  out.push(r.unplaced.length > 0 ? `unplaced (${r.unplaced.length}; not in the release, add them by hand if they matter):` : 'unplaced: none');
  for (const u of r.unplaced) out.push(`  ${where} ${u.line}: ${u.reason}: ${u.text}`);
  if (r.chrome.length > 0) {
    out.push(`dropped as site chrome (${r.chrome.length}):`);
    for (const c of r.chrome) out.push(`  ${where} ${c.n}: ${c.text}`);
  }
  return `${out.map(printable).join('\n')}\n`;
}
